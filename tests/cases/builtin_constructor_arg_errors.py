# The builtin constructors check their arguments like CPython, before consuming anything.
import collections

makers = [
    lambda: list(1.5, 2),
    lambda: list((x for x in range(3)), 2),
    lambda: list(x=1),
    lambda: list([1], x=1),
    lambda: tuple(-2.5, {}),
    lambda: tuple(iterable=[1]),
    lambda: set(1.5, 2.5),
    lambda: set(x=1),
    lambda: frozenset(int, {}),
    lambda: frozenset(1, 2, 3),
    lambda: dict(1, 2),
    lambda: dict(1.5),
    lambda: dict([1]),
    lambda: dict((x for x in [(1, 2)]), y=3),
    lambda: bytes(1.5, "a", 1),
    lambda: bytes(1.5),
    lambda: bytes(x=1),
    lambda: bytes(1, 2, 3, 4),
    lambda: bytes([1], "ascii"),
    lambda: bytes((x for x in [1]), "ascii"),
    lambda: bytes(encoding="ascii"),
    lambda: bytes(source=[65, 66]),
    lambda: bytes(source=3),
    lambda: bytes(source=(x for x in [67])),
    lambda: bytes([1], source=[2]),
    lambda: bytearray(len, 0, key=1),
    lambda: bytearray(1.5, 2),
    lambda: bytearray(1, 2, 3, 4),
    lambda: bytearray(source=[1, 2]),
    lambda: bytearray("ab", "ascii"),
    lambda: collections.deque((x for x in range(5)), 2),
    lambda: collections.deque(1.5, 2),
    lambda: collections.deque([1], 2, 3),
    lambda: collections.Counter(1.5, 2),
    lambda: collections.Counter((c for c in "abca")),
    lambda: collections.Counter({"a": 2}, b=1),
    lambda: collections.OrderedDict(1, 2),
    lambda: map(),
    lambda: map(len),
    lambda: zip(x=1),
    lambda: enumerate(),
    lambda: enumerate(1.5, 2, 3),
    lambda: reversed(),
    lambda: filter(),
    lambda: filter(None, 1),
]
for make in makers:
    try:
        print(make())
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)


class Size:
    def __index__(self):
        return 3


class Raw:
    def __bytes__(self):
        return b"raw"


class Seq:
    def __iter__(self):
        return iter([104, 105])


print(bytes(Size()), bytearray(Size()), bytes(Raw()), bytes(Seq()), bytearray(Seq()))
for bad in (1.5, None, object()):
    for maker in (bytes, bytearray):
        try:
            maker(bad)
        except TypeError as err:
            print(err)
print(1 in [1], "a" in "abc", 2 in (x for x in range(3)))
for container in (5, 2.5, None, len):
    try:
        print(1 in container)
    except TypeError as err:
        print(err)
