class Base:
    pass


class Mid(Base):
    pass


class Leaf(Mid):
    pass


objects = [Base(), Mid(), Leaf(), 3, "s", [1], None, 2.5, True]
for obj in objects:
    print(type(obj).__name__, isinstance(obj, Base), isinstance(obj, (int, str)))
print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(bool, int))
print(type(Leaf()) is Leaf, type(Leaf()) is Mid, type(3) == int)
print(Leaf.__name__, Leaf.__qualname__, Leaf.__module__)
try:
    isinstance(Leaf(), "Base")
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
