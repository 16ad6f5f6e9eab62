# attack: statistics on decimals calls as_integer_ratio, a 10**999999999 denominator, in C
# expect: MemoryError
import statistics
from decimal import Decimal
print(statistics.mean([Decimal("1e-999999999"), Decimal(1)]))
