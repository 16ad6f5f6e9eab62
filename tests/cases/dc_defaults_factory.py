from dataclasses import dataclass, field


@dataclass
class ShoppingCart:
    owner: str
    items: list[str] = field(default_factory=list)
    quantities: dict[str, int] = field(default_factory=dict)
    discount: float = 0.0

    def add(self, item: str, qty: int = 1) -> None:
        if item not in self.quantities:
            self.items.append(item)
        self.quantities[item] = self.quantities.get(item, 0) + qty


a = ShoppingCart("ann")
b = ShoppingCart("bob", discount=0.1)
a.add("apple", 3)
a.add("apple")
b.add("pear")
print(a)
print(b)
print(a.items is b.items, ShoppingCart("cy").items)
a.quantities
