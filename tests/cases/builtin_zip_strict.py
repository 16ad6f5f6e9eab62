names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
cities = ["NYC", "LA"]
print(list(zip(names, ages)))
print(list(zip(names, ages, cities)))
print(dict(zip(names, ages)))
print(list(zip()), list(zip("ab")), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip(names, ages, strict=True)))
try:
    list(zip(names, cities, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(cities, names, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(names, ages, cities, strict=True))
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
