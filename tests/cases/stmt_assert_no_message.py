items = ["a", "b"]
assert len(items) == 2
assert items
print("checks ok")
assert len(items) > 5
