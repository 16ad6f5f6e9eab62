print(float(), float(3), float("3.25"), float("  -1e-3 "), float("1_000.5"), float(True))
print(float("inf"), float("-inf"), float("nan"), float("Infinity"), float("+1E5"))
print(float(10 ** 15), float(2 ** 53 + 1), 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-4, 123456789012345678.0)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e308 * 10, -1e308 * 10)
print(3.0 == 3, float("0.30000000000000004"), 5e-324, 5e-324 / 2)
print(7 / 2, 7 // 2, -7 / 2, 7.0 // 2, 2 ** 0.5, 10 / 5, type(10 / 5).__name__)
try:
    float("1.5abc")
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
