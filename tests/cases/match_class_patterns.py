class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin point"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point(x=px, y=0):
            return f"point on x-axis at {px}"
        case Circle(Point(x, y), radius=r) if r > 10:
            return f"big circle at ({x}, {y})"
        case Circle(center=Point(), radius=r):
            return f"circle r={r}"
        case _:
            return "unknown shape"


shapes = [Point(0, 0), Point(3, 3), Point(5, 0), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(0, 0), 2), "blob"]
[describe(s) for s in shapes]
