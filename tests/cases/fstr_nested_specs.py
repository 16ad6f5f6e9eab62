rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 149.99)]
name_w = max(len(r[0]) for r in rows)
for name, qty, price in rows:
    print(f"{name:<{name_w}} | {qty:>{3}} | {price:>{8}.{2}f}")
width, precision = 12, 3
value = 3.14159265
print(f"[{value:{width}.{precision}f}]")
align = "^"
print(f"[{'x':{align}{width}}]")
fill = "*"
f"{'title':{fill}{align}{width + 4}}"
