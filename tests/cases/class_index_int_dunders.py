class Level:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Ratio:
    def __init__(self, num, den):
        self.num, self.den = num, den

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return self.num // self.den


lvl = Level(3)
items = ["a", "b", "c", "d", "e"]
print(items[lvl], items[:lvl], hex(lvl), bin(lvl))
print(range(10)[Level(2)], "xyz" * Level(2))
r = Ratio(7, 2)
print(float(r), int(r))
try:
    items[Ratio(1, 1)]
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
