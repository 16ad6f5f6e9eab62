# math functions on normal-sized big ints agree with CPython
import math


class N:
    def __index__(self):
        return 30


print(math.factorial(3000) % 10**9 == 0, math.factorial(N()) % 1000003, math.factorial(0))
print(math.comb(5000, 2500) % 1000003, math.comb(10**30, 3) % 1000, math.comb(N(), 4), math.comb(4, 9))
print(math.perm(5000, 10) % 1000003, math.perm(N()) % 1000003, math.perm(N(), 2), math.perm(3, 5))
print(math.gcd(2**300 * 3, 2**200 * 9), math.gcd(), math.gcd(12), math.gcd(N(), 12), math.gcd(-4, 6, 10))
print(math.lcm(2**100, 3**50) % 1000, math.lcm(), math.lcm(4, 6, 0), math.lcm(N(), 4))
print(math.isqrt(10**100 + 1), math.isqrt(N()), math.isqrt(0))
print(math.prod([]), math.prod([2, 3.5, 4]), math.prod([1, 2], start=3), math.prod([3], start="ab"))
print(math.prod([10**50] * 5) % 997, math.prod(range(1, 30)), math.prod(x for x in [2, 2.5]))
for call in (
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.comb(-1, 2),
    lambda: math.comb(5, 2.0),
    lambda: math.perm(-1),
    lambda: math.perm(5, -1),
    lambda: math.gcd("a", 2),
    lambda: math.isqrt(-1),
    lambda: math.prod(5),
    lambda: math.prod(["a", "b"]),
):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
