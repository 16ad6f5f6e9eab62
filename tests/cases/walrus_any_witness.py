orders = [{"id": 1, "total": 40}, {"id": 2, "total": 250}, {"id": 3, "total": 90}]
if any((big := o)["total"] > 100 for o in orders):
    print("first big order:", big["id"])
if all((small := o)["total"] < 100 for o in orders):
    print("all small")
else:
    print("counterexample:", small["id"])
stats = {"count": (n := len(orders)), "mean": sum(o["total"] for o in orders) / n}
print(stats)
lines = ["key=value", "", "name = monty", "broken"]
parsed = {}
for line in lines:
    if len(parts := line.split("=", 1)) == 2:
        parsed[parts[0].strip()] = parts[1].strip()
[parsed, parts, n]
