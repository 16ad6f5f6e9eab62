scores = {"ann": 88, "bob": 95, "cy": 72, "dee": 95}
print(max(scores), min(scores))
print(max(scores, key=scores.get), min(scores, key=scores.get))
print(max(scores.values()), min(3, 1, 2), max("hello"), max([1, 5], [1, 7]))
print(max([], default=None), min((), default="empty"))
print(max([-3, 2, -5], key=abs), min(["bb", "a", "ccc"], key=len))
print(max(1, 2.5, True), min("b", "a", "c"))
print(max([(1, "z"), (2, "a"), (2, "b")]))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    max(3)
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
