class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2) + Point(3, 4)
print(p.x, p.y)
try:
    Point(0, 0) * 2
except TypeError as e:
    print(e)
try:
    -Point(1, 1)
except TypeError as e:
    print(e)
"offset" + Point(1, 1)
