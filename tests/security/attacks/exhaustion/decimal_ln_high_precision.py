# attack: ln/exp at a high precision run for minutes in libmpdec
# expect: TimeoutError
import decimal
decimal.getcontext().prec = 30000
print(decimal.Decimal(2).ln())
