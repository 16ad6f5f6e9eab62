print(format(3.14159, ".2f"), format(42, "b"), format(42, "#x"), format(0.25, "%"))
print(format("hi", "*^10"), format(1234567, ","), format(-5, "04d"))
print(format(True), format(None), format([1, 2]), format(2.0), format(1 / 3))
print(repr(format(12, "")), repr(format("", "5")))
print(format(12.5, "g"), format(1e21), format(1e-5), format(123456789.0, "g"))
try:
    format([1, 2], "x")
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
