print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(3.14159, 3), round(-3.14159, 1), round(7, 2), round(7.0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(round(1e300, 2), round(float("inf"), 1), round(-0.4))
values = [1.15, 2.25, 3.35, 4.45]
[round(v, 1) for v in values]
