class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def diameter(self):
        return self.radius * 2


c = Circle(3)
print(c.diameter)
c.radius = 5
print(c.diameter)
c.diameter = 4
