# copy.copy and copy.deepcopy: containers, shared and cyclic values, sandbox classes with
# and without hooks, dataclasses, enums, namedtuples, exceptions, and what cannot be copied.
import collections
import copy
import dataclasses
import enum

shared = [1, 2]
data = {"a": shared, "b": shared, "t": (shared, 3), "s": {1, 2}, "f": frozenset({3})}
d2 = copy.deepcopy(data)
print(d2 == data, d2["a"] is d2["b"], d2["a"] is shared, d2["t"][0] is d2["a"], copy.copy(data)["a"] is shared)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc)
t = (1, "x", (2,))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
ba = bytearray(b"ab")
print(copy.copy(ba), copy.deepcopy(ba) is not ba)
dq = collections.deque([1, [2]], maxlen=3)
print(copy.deepcopy(dq), copy.copy(dq).maxlen)
od = collections.OrderedDict(a=[1], b=2)
print(copy.deepcopy(od), type(copy.copy(od)).__name__)
dd = collections.defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["new"].append(1)
print(dd2, dd2.default_factory is list, copy.copy(collections.Counter("aab")))
print(copy.deepcopy(collections.ChainMap({"a": 1}, {"b": [2]})))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point([1], {"k": 2})
q = copy.deepcopy(p)
print(q, q.x is not p.x, copy.copy(p).x is p.x, type(q) is Point)


class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is not s.a, hasattr(s2, "b"))


class WithHooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return WithHooks(("copied", self.v))

    def __deepcopy__(self, memo):
        return WithHooks(("deep", copy.deepcopy(self.v, memo)))


print(copy.copy(WithHooks(1)).v, copy.deepcopy(WithHooks([2])).v)


@dataclasses.dataclass(frozen=True)
class Frozen:
    items: list
    name: str = "n"


f = Frozen([1, 2])
f2 = copy.deepcopy(f)
print(f2, f2.items is not f.items, copy.copy(f) == f)


class Color(enum.Enum):
    RED = 1


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
P = collections.namedtuple("P", "x y")
print(copy.deepcopy(P([1], 2)), copy.copy(P(1, 2)))


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = "t"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is not ml[1])


class MyError(Exception):
    pass


e = copy.deepcopy(MyError("boom", [1]))
print(type(e).__name__, e.args, copy.copy(ValueError("v")).args)


def f():
    pass


print(copy.deepcopy(f) is f, copy.copy(len) is len, copy.deepcopy(int) is int, copy.copy(list) is list)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], memo[id(x)] is y[0])
for bad in (copy, (i for i in [1])):
    try:
        copy.deepcopy(bad)
    except TypeError as e:
        print("TypeError", e)
