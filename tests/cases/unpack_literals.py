a = [1, 2]
b = (3, 4)
c = {5}
combined = [*a, *b, *c, *"xy", *range(2)]
print(combined)
print((*a, *b))
print(sorted({*a, *b, *a}))
defaults = {"color": "red", "size": "M"}
custom = {"size": "L", "qty": 2}
print({**defaults, **custom})
print({**custom, **defaults})
print({**defaults, "color": "blue", **{"extra": True}})
print([*{"k1": 1, "k2": 2}], [*defaults.values()])
nested = [*[*a, 0], *[[*b]]]
nested
