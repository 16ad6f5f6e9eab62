prices = {"tea": 3, "coffee": 4}
keys = prices.keys()
values = prices.values()
items = prices.items()
prices["juice"] = 5
print(list(keys), list(values), list(items))
print(len(keys), "tea" in keys, 5 in values, ("tea", 3) in items)
print(keys & {"tea", "water"}, sorted(keys | {"water"}), sorted(keys - {"tea"}))
del prices["coffee"]
print(list(keys), list(reversed(keys)))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(prices.keys() == {"tea", "juice"}, list(prices.values()) == [3, 5])
try:
    keys[0]
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
