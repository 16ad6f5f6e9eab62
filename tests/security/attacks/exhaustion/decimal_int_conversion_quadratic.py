# attack: int() of a decimal with a big exponent converts a million digits quadratically in C
# expect: TimeoutError
from decimal import Decimal
print(int(Decimal("1e999999")) % 7)
