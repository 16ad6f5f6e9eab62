import math

print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3))
print(math.gcd(48, 18), math.lcm(4, 6), math.factorial(10), math.comb(10, 3), math.perm(5, 2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), math.isqrt(99), math.log(math.e), math.log10(1000), math.log2(1024))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 10), math.hypot(3, 4), math.degrees(math.pi))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(2, -0.0))
print(math.isfinite(1e308), math.isinf(float("-inf")), math.modf(3.75), math.frexp(8.0), math.pow(2, 10))
try:
    math.sqrt(-1)
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
