class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")


f = Frozen(1, 2)
try:
    f.x = 5
except AttributeError as exc:
    print(exc)
print(object.__getattribute__(f, "y"), f.x)
object.__delattr__(f, "y")
hasattr(f, "y")
