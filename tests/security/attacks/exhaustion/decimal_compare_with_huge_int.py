# attack: comparing a decimal with a huge int converts the int to a decimal (quadratic, in C)
# expect: TimeoutError
from decimal import Decimal
big = (1 << 4000000) - 1
print(Decimal(1) < big)
