from dataclasses import dataclass


@dataclass(eq=False)
class Handle:
    name: str


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str


h1, h2 = Handle("x"), Handle("x")
print(h1 == h2, h1 == h1)
print(len({Key(1, "x"), Key(1, "x"), Key(2, "x")}), Key(1, "x") == Key(1, "x"))


@dataclass
class Unhashable:
    v: int


print(Unhashable.__hash__ is None)
{Unhashable(1)}
