# attack: a decimal context changed in one run (or the templates) leaks into the next run or the host
import decimal
print(decimal.getcontext().prec, decimal.DefaultContext.prec, decimal.Decimal(1) / 7)
decimal.getcontext().prec = 5
decimal.getcontext().traps[decimal.Inexact] = True
decimal.DefaultContext.prec = 3
decimal.BasicContext.prec = 2
decimal.setcontext(decimal.Context(prec=4))
print(decimal.Decimal(1) / 8)
