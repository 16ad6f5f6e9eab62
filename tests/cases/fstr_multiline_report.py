products = [
    {"sku": "A-100", "name": "Cable", "qty": 120, "price": 2.5},
    {"sku": "B-220", "name": "Adapter", "qty": 7, "price": 19.99},
    {"sku": "C-003", "name": "Monitor stand", "qty": 0, "price": 45},
]
header = f"{'SKU':<6} {'Name':<14} {'Qty':>5} {'Price':>8} {'Value':>10}"
print(header)
print("=" * len(header))
total = 0
for p in products:
    value = p["qty"] * p["price"]
    total += value
    flag = " (out)" if p["qty"] == 0 else ""
    print(f"{p['sku']:<6} {p['name']:<14} {p['qty']:>5d} {p['price']:>8.2f} {value:>10,.2f}{flag}")
print(f"{'TOTAL':<37}{total:>10,.2f}")
round(total, 2)
