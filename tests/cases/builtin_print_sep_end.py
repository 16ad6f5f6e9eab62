print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline", end="")
print(" <- continued", end="!\n")
print()
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=", ")
print(*range(5), sep="-", end=".\n")
print("multi\nline", "text")
print("", end="")
print(sep="ignored")
print("x", sep=None, end=None)
try:
    print(42, sep=5)
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
