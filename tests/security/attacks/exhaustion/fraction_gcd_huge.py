# attack: Fraction arithmetic on huge ints runs quadratic gcds in C without ticks
# expect: TimeoutError
from fractions import Fraction
a = Fraction((1 << 4000000) - 1, (1 << 3000000) + 1)
print(a + Fraction(1, 3))
