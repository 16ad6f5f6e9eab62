class Base:
    def hello(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()


class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()


class Other(Right, Left):
    pass


print(Child().hello())
print(Other().hello())
print([cls.__name__ for cls in Child.mro()])
[cls.__name__ for cls in Other.mro()]
