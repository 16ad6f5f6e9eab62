# attack: CPython's own Fraction through __mro__ does unchecked big-int arithmetic
# expect: TimeoutError
from fractions import Fraction
base = Fraction.__mro__[1]
x = base((1 << 4000000) - 1, (1 << 3000000) + 1)
print(x * x)
