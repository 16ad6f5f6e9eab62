class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


v = Vec(1, 2)
match v:
    case Vec(1, y):
        print("x is one, y =", y)
match v:
    case Vec(x, y, z):
        print("3d?")
