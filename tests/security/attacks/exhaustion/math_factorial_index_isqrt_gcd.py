# attack: math.factorial of an __index__ object, math.isqrt and math.gcd of huge ints
# limits: max_duration=0.2 max_memory=100000000
import math
class N:
    def __index__(self):
        return 200_000
x = (1 << 4_000_000) - 3
y = (1 << 3_999_000) - 5
print(math.gcd(x, y))
print(math.isqrt(x).bit_length())
print(math.factorial(N()).bit_length())
