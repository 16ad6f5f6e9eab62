print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict(zip("abc", range(3))))
inventory = {"apple": 3, "pear": 5}
print(inventory.get("apple"), inventory.get("kiwi"), inventory.get("kiwi", 0))
print(inventory.setdefault("kiwi", 7), inventory.setdefault("apple", 100), inventory)
inventory.update({"pear": 6}, fig=2)
inventory.update([("plum", 1)])
print(inventory)
print(inventory.pop("plum"), inventory.pop("none", "n/a"), inventory.popitem(), inventory)
print(list(inventory.keys()), list(inventory.values()), list(inventory.items()))
merged = inventory | {"apple": 0, "lime": 9}
inventory |= {"new": 1}
print(merged, inventory)
snapshot = inventory.copy()
snapshot.clear()
print(snapshot, len(inventory), "apple" in inventory, 3 in inventory)
try:
    inventory.pop("grape")
except KeyError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
