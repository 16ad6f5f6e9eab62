class Shape:
    def __init__(self, name):
        print("Shape.__init__")
        self.name = name

    def area(self):
        return 0


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        print("Rectangle.__init__")
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side):
        print("Square.__init__")
        super().__init__(side, side, name="square")


sq = Square(4)
print(sq.name, sq.area(), sq.w)
[s.area() for s in (Shape("x"), Rectangle(2, 3), sq)]
