import math

for func, arg in [(math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1), (math.factorial, 2.5), (math.exp, 1000)]:
    try:
        print(func(arg))
    except (ValueError, OverflowError, TypeError) as e:
        print(f"{func.__name__}({arg}) -> {type(e).__name__}: {e}")
print(math.floor(1e20), math.ceil(2.000001), math.isqrt(10 ** 20))
try:
    math.isqrt(-4)
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
