# Subclasses of builtin containers construct like the builtins, with or without their own
# __new__/__init__ (the sandbox guards the builtin constructors they reach).
import collections


class B(bytes):
    pass


class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)


class L(list):
    pass


class D(dict):
    def __init__(self, pairs, extra):
        super().__init__(pairs)
        self["extra"] = extra


class Q(collections.deque):
    pass


class C(collections.Counter):
    pass


class FS(frozenset):
    pass


class BA(bytearray):
    def size(self):
        return len(self)


print(B(3), B(b"ab"), B("xy", "ascii"), bytes.__new__(B, 2), type(B(1)).__name__)
print(T(1, 2, 3), L(x * x for x in range(5)), L(), D([(1, 2)], 3))
print(Q(range(4), 2), C("abracadabra").most_common(2), sorted(FS("abca")))
print(BA(4).size(), BA(b"xyz"), BA("hé", "utf-8"), tuple.__new__(T, [1, 2]))
b = bytearray(b"old")
b.__init__(3)
print(b)
bytearray.__init__(b, "zz", "ascii")
print(b, frozenset.__new__(FS, "ab") == {"a", "b"})
try:
    bytearray.__init__(b, "x")
except TypeError as e:
    print("TypeError", e)
try:
    B(-1)
except ValueError as e:
    print("ValueError", e)
