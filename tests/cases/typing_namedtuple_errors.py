from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


p = Point(1, 2)
print(p, p._replace(x=5), Point._make([7, 8]))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=3)
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1, 2, 3)
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
