# attack: round(Fraction, ndigits) computes 10**ndigits in C
# expect: MemoryError
from fractions import Fraction
print(round(Fraction(1, 3), 10**9))
