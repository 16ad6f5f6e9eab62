print(abs(-7), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70), abs(3 - 4j))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(0, 3))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-8, 1 / 3).real > 0)
print(pow(3, 200, 1000), pow(7, -1, 13), pow(5, 0, 1), pow(-2, 3, 5))
print(2 ** -1, (-2) ** 2, -2 ** 2, 0 ** 0, 10 ** 20)
print(-7 // 2, -7 % 2, 7 % -3, -7.5 // 2, 5.5 % 2)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
