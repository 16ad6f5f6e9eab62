import enum
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum

Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.RED.value, Color(2), Color["BLUE"], Color.__module__, Color.__qualname__)
Shape = Enum("Shape", "SQUARE, CIRCLE", start=10)
print([(s.name, s.value) for s in Shape])
Animal = Enum("Animal", ["CAT", "DOG"])
print(list(Animal), Animal.DOG.value)
Pair = Enum("Pair", [("ON", True), ("OFF", False)])
print(Pair.ON.value, Pair(False))
Mapped = Enum(value="Mapped", names={"A": "a", "B": "b"}, module="mymod", qualname="Outer.Mapped")
print(Mapped.A, repr(Mapped.B), Mapped.__module__, Mapped.__qualname__)
Tup = Enum("Tup", (("X", 1), ("Y", 2)))
print(list(Tup))
Gen = Enum("Gen", ((name, i) for i, name in enumerate("PQR")))
print([(m.name, m.value) for m in Gen])
Num = IntEnum("Num", "ONE TWO THREE")
print(Num.TWO + 1, Num.THREE > Num.ONE, isinstance(Num.ONE, int))
Perm = Flag("Perm", "R W X")
print(Perm.R | Perm.W, Perm.X.value, list(Perm))
Bits = IntFlag("Bits", "A B", boundary=None)
print(Bits.A | Bits.B, int(Bits.B))
Words = StrEnum("Words", "HELLO WORLD")
print(Words.HELLO.upper(), Words.WORLD == "world")
Mixed = Enum("Mixed", "ALPHA BETA", type=int)
print(Mixed.BETA + 10, isinstance(Mixed.ALPHA, int))
Empty = Enum("Empty", [])
print(len(Empty), list(Empty))
Sub = Empty("Sub", "ONE TWO")
print(list(Sub), issubclass(Sub, Empty))


class Base(Enum):
    def describe(self):
        return f"{self.name}={self.value}"


Derived = Base("Derived", "UP DOWN")
print(Derived.UP.describe(), [m.describe() for m in Derived], type(Derived).__name__)
print(enum.EnumType.__call__(Base, "Other", "ONLY").ONLY.value)
print(Color(3), Base.__call__ if False else "-", Color.RED in Color)
try:
    Enum("Bad", [("A", 1), ("A", 2)])
except TypeError as e:
    print("TypeError", e)
try:
    Enum("Bad", [1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Enum()
except TypeError as e:
    print("TypeError", e)
print(Enum("Solo", "X") is not None, repr(Enum), repr(IntEnum), isinstance(Color.RED, Enum))
print(issubclass(Color, Enum), Color.__mro__[1] is Enum, type(Color.RED).__mro__[-2] == Enum)
