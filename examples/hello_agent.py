# The kind of snippet an LLM agent writes: summarise some orders, print a report, return data.
from collections import defaultdict
from dataclasses import dataclass


@dataclass
class Order:
    customer: str
    product: str
    quantity: int
    unit_price: float

    @property
    def total(self) -> float:
        return self.quantity * self.unit_price


raw = [
    {"customer": "ada", "product": "keyboard", "quantity": 2, "unit_price": 49.5},
    {"customer": "bob", "product": "monitor", "quantity": 1, "unit_price": 189.0},
    {"customer": "ada", "product": "mouse", "quantity": 3, "unit_price": 19.9},
    {"customer": "cy", "product": "keyboard", "quantity": 1, "unit_price": 49.5},
    {"customer": "bob", "product": "cable", "quantity": 4, "unit_price": 5.25},
]
orders = [Order(**row) for row in raw]

spend = defaultdict(float)
for order in orders:
    spend[order.customer] += order.total

for customer, amount in sorted(spend.items(), key=lambda item: item[1], reverse=True):
    print(f"{customer:<5} {amount:>8.2f}")

{
    "customers": len(spend),
    "top": max(spend, key=spend.get),
    "revenue": round(sum(spend.values()), 2),
}
