class Basket:
    def __init__(self, items=None):
        self.items = list(items or [])

    def __add__(self, other):
        print("__add__")
        return Basket(self.items + other.items)

    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other.items if isinstance(other, Basket) else other)
        return self

    def __len__(self):
        return len(self.items)


a = Basket(["apple"])
alias = a
a += Basket(["pear"])
a += ["fig", "kiwi"]
print(a is alias, len(a), a.items)
c = a + Basket(["lime"])
print(c is a, len(c))


class NoIadd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return NoIadd(self.v + other)


n = NoIadd(1)
m = n
n += 5
[n.v, m.v, n is m]
