values = [2.0, 2.5, -0.75, 1e20, 0.1]
for v in values:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (3.75).hex())
print((0.5).conjugate(), (2.5).real, (2.5).imag, float("inf").is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(int(2.999), int(-2.999), round(-2.5), float(7).is_integer())
try:
    float.fromhex("nonsense")
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
