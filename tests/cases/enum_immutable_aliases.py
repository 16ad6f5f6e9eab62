from enum import Enum


class Shape(Enum):
    SQUARE = 4
    RECTANGLE = 4
    TRIANGLE = 3


print(Shape.RECTANGLE, Shape.RECTANGLE is Shape.SQUARE, [s.name for s in Shape])
print(list(Shape.__members__), Shape(4).name)
try:
    Shape.TRIANGLE = 5
except AttributeError as e:
    print("AttributeError:", e)
print(Shape.TRIANGLE.value)
Shape("circle")
