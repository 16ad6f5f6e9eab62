# attack: Fraction('1e999999999') computes 10**999999999 in C
# expect: MemoryError
from fractions import Fraction
print(Fraction("1e999999999") > 1)
