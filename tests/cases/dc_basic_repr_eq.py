from dataclasses import dataclass


@dataclass
class Point:
    x: float
    y: float = 0.0

    def distance_to_origin(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


p = Point(3, 4)
print(p, repr(p), p.distance_to_origin())
print(p == Point(3, 4), p == Point(3, 4.5), p == (3, 4), Point(1))
p.x = 6
print(p, Point(y=2, x=1))
print(Point.__name__, Point.__hash__)
try:
    Point(1, 2, 3)
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
