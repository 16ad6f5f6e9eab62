"""LLM-style data wrangling: records as dicts, filtering, sorting, grouping, aggregating."""

regions = ["north", "south", "east", "west"]
products = ["widget", "gadget", "doohickey", "gizmo", "thingamajig"]
seed = 42
orders = []
for i in range(6000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    orders.append(
        {
            "id": i,
            "region": regions[seed % 4],
            "product": products[(seed // 4) % 5],
            "quantity": seed % 9 + 1,
            "unit_price": round((seed % 1000) / 10 + 1.5, 2),
            "customer": f"cust-{seed % 300:03d}",
            "returned": seed % 23 == 0,
        }
    )

valid = [o for o in orders if not o["returned"]]
for order in valid:
    order["total"] = round(order["quantity"] * order["unit_price"], 2)

by_region = {}
for order in valid:
    by_region.setdefault(order["region"], []).append(order)

summary = []
for region, group in sorted(by_region.items()):
    revenue = sum(o["total"] for o in group)
    summary.append(
        {
            "region": region,
            "orders": len(group),
            "revenue": round(revenue, 2),
            "avg": round(revenue / len(group), 2),
            "max_qty": max(o["quantity"] for o in group),
        }
    )

product_qty = {}
for order in valid:
    product_qty[order["product"]] = product_qty.get(order["product"], 0) + order["quantity"]
best_products = sorted(product_qty.items(), key=lambda kv: kv[1], reverse=True)[:3]

customer_spend = {}
for order in valid:
    customer_spend[order["customer"]] = customer_spend.get(order["customer"], 0) + order["total"]
top_customers = sorted(customer_spend, key=lambda c: (-customer_spend[c], c))[:3]
biggest_orders = sorted(valid, key=lambda o: (o["total"], o["id"]), reverse=True)[:5]
report = "; ".join(f"{row['region']}={row['revenue']:.2f}" for row in summary)
[
    len(valid),
    report,
    [name for name, _ in best_products],
    top_customers,
    [o["id"] for o in biggest_orders],
    summary[0]["max_qty"],
]
