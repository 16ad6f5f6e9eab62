rates = {"usd": 1.0, "eur": 0.92, "gbp": 0.79}
amounts = [("usd", 100), ("eur", 50), ("gbp", 20)]
converted = [round(amount / rates[cur], 2) for cur, amount in amounts]
print(converted)
amounts.append(("jpy", 1000))
converted = [round(amount / rates[cur], 2) for cur, amount in amounts]
print("unreachable")
