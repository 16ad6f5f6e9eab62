class Product:
    def __init__(self, name, price):
        self.name, self.price = name, price

    def __repr__(self):
        return f"Product({self.name!r}, {self.price!r})"

    def __str__(self):
        return f"{self.name} (${self.price:.2f})"


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


p = Product("Lamp", 19.5)
print(p)
print(repr(p))
print([p, Product("Desk", 120)])
print(f"{p} | {p!r}")
print(str(OnlyRepr()), OnlyRepr(), {"k": OnlyRepr()})
[str(p), repr(p), str(OnlyRepr())]
