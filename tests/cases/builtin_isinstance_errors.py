print(isinstance(1, int), isinstance("a", (list, tuple, str)), issubclass(bool, (str, int)))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, [int])
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
