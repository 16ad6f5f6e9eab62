d = {"a": 1}
s = {1, 2}
for action in [
    lambda: d.pop("missing"),
    lambda: {}.popitem(),
    lambda: s.remove(5),
    lambda: set().pop(),
    lambda: dict([("a", 1, 2)]),
    lambda: dict([1, 2]),
    lambda: d.update(5),
]:
    try:
        action()
    except (KeyError, ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(d.pop("missing", "default"), s)
try:
    frozenset([1]).add(2)
except AttributeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
