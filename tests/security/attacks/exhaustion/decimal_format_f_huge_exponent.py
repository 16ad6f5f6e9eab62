# attack: fixed-point formatting of a decimal with a huge exponent writes a billion zeros
# expect: MemoryError
from decimal import Decimal
print(len(f"{Decimal('1e999999999'):f}"))
