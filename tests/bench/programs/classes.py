"""Classes: instances, method calls, attribute access, a small hierarchy using super()."""


class Shape:
    def __init__(self, name):
        self.name = name
        self.scale = 1

    def area(self):
        return 0

    def grow(self, factor):
        self.scale = self.scale * factor
        return self

    def describe(self):
        return self.name + ":" + str(self.area())


class Rect(Shape):
    def __init__(self, width, height):
        super().__init__("rect")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height * self.scale


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return "sq/" + super().describe()


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return 3 * self.radius * self.radius * self.scale


class Counter:
    def __init__(self):
        self.counts = {}

    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1


shapes = []
for i in range(6000):
    kind = i % 3
    if kind == 0:
        shapes.append(Rect(i % 10 + 1, i % 7 + 1))
    elif kind == 1:
        shapes.append(Square(i % 9 + 1))
    else:
        shapes.append(Circle(i % 5 + 1))

counter = Counter()
total = 0
for shape in shapes:
    shape.grow(2)
    total += shape.area()
    counter.add(shape.name)
descriptions = [shape.describe() for shape in shapes[:4]]
biggest = max(shapes, key=lambda s: s.area())
[total, sorted(counter.counts.items()), descriptions, biggest.name, isinstance(shapes[1], Rect)]
