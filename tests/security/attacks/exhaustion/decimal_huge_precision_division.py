# attack: a huge decimal precision makes one division compute a billion digits in C
# expect: MemoryError
import decimal
decimal.getcontext().prec = 10**9
print(decimal.Decimal(1) / 3)
