inventory = [
    {"sku": "A1", "name": "widget", "qty": 10, "price": 2.50, "category": "tools"},
    {"sku": "B2", "name": "gadget", "qty": 0, "price": 12.99, "category": "electronics"},
    {"sku": "C3", "name": "doohickey", "qty": 4, "price": 7.25, "category": "tools"},
    {"sku": "D4", "name": "gizmo", "qty": 15, "price": 3.10, "category": "electronics"},
]

low_stock = [item["name"] for item in inventory if item["qty"] < 5]
by_category = {}
for item in inventory:
    cat = by_category.setdefault(item["category"], {"count": 0, "value": 0.0})
    cat["count"] += 1
    cat["value"] += item["qty"] * item["price"]

print("Low stock:", ", ".join(low_stock))
for category, stats in sorted(by_category.items()):
    print(f"{category:<12} items={stats['count']} value=${stats['value']:,.2f}")
total_value = sum(i["qty"] * i["price"] for i in inventory)
print(f"Total inventory value: ${total_value:.2f}")
{"low_stock": low_stock, "total": round(total_value, 2), "categories": sorted(by_category)}
