import abc
import enum


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...


print(type(Base) is abc.ABCMeta, isinstance(Base, abc.ABCMeta), type(Base).__name__)


def run(self):
    return "ran"


X = abc.ABCMeta("X", (Base,), {"run": run})
print(X().run(), type(X) is abc.ABCMeta, X.__mro__[1] is Base)
Y = type.__new__(abc.ABCMeta, "Y", (Base,), {"run": run})
print(Y().run(), type(Y) is abc.ABCMeta)
Z = type(Base)("Z", (Base,), {"run": run})
print(Z().run())
W = type.__call__(abc.ABCMeta, "W", (), {"f": lambda self: 1})
print(W().f(), type.__call__(int, "5"), type.__call__(list, "ab"))
try:
    abc.ABCMeta("V", (Base,), {})()
except TypeError as e:
    print(e)


class Color(enum.Enum):
    RED = 1


print(type(Color) is enum.EnumMeta, type(Color) is enum.EnumType, isinstance(Color, enum.EnumMeta))
print(Color.RED.__class__ is Color, type(Color.RED).__mro__)


class Point(tuple, enum.Enum):
    ORIGIN = (0, 0)


print(Point._member_type_ is tuple, Point.ORIGIN._member_type_ is tuple, Point.ORIGIN.value)
try:
    list.nope
except AttributeError as e:
    print(e.obj is list, e.name)
try:
    [].nope
except AttributeError as e:
    print(e.obj, e.args)
try:
    raise KeyError(dict)
except KeyError as e:
    print(e.args[0] is dict, e.args)
