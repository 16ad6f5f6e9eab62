orders = [
    {"customer": "ann", "items": ["pen", "ink"]},
    {"customer": "bob", "items": ["pad"]},
]
by_customer = {o["customer"]: o["items"] for o in orders}
print(by_customer)
item_count = {o["customer"]: len(o["items"]) for o in orders}
print(item_count)
by_items = {o["items"]: o["customer"] for o in orders}
