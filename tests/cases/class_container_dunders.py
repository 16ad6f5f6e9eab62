class Inventory:
    def __init__(self):
        self._stock = {}

    def __setitem__(self, item, qty):
        if qty < 0:
            raise ValueError(f"negative quantity for {item!r}")
        self._stock[item] = qty

    def __getitem__(self, item):
        return self._stock.get(item, 0)

    def __delitem__(self, item):
        del self._stock[item]

    def __contains__(self, item):
        return self._stock.get(item, 0) > 0

    def __len__(self):
        return len(self._stock)

    def __iter__(self):
        return iter(sorted(self._stock))


inv = Inventory()
inv["apples"] = 5
inv["pears"] = 0
inv["figs"] = 12
print(len(inv), inv["apples"], inv["kiwis"])
print("pears" in inv, "figs" in inv)
del inv["pears"]
print(list(inv), dict((k, inv[k]) for k in inv))
del inv["pears"]
