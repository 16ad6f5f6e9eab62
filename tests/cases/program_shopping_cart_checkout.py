class OutOfStock(Exception):
    pass


STOCK = {"apple": 5, "banana": 0, "cherry": 20}
PRICES = {"apple": 0.4, "banana": 0.25, "cherry": 0.1}


def checkout(cart, coupon=None):
    lines = []
    for item, qty in cart.items():
        available = STOCK.get(item, 0)
        if qty > available:
            raise OutOfStock(f"{item}: requested {qty}, available {available}")
        lines.append((item, qty, round(qty * PRICES[item], 2)))
    subtotal = sum(total for _, _, total in lines)
    discount = {"SAVE10": 0.10, "HALF": 0.5}.get(coupon, 0.0)
    return lines, round(subtotal * (1 - discount), 2)


lines, total = checkout({"apple": 3, "cherry": 10}, coupon="SAVE10")
for item, qty, line_total in lines:
    print(f"{item:<8}x{qty:<3}{line_total:>6.2f}")
print("total:", total)
try:
    checkout({"apple": 1, "banana": 2})
    status = "ok"
except OutOfStock as e:
    status = ("error", str(e))
status
