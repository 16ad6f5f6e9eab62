people = [("Ann", "dev", 30), ("Bob", "ops", 25), ("Cid", "dev", 25), ("Dee", "ops", 30), ("Eve", "dev", 35)]
people.sort(key=lambda p: p[2])
print([p[0] for p in people])
people.sort(key=lambda p: p[1])
print([p[0] for p in people])
people.sort(key=lambda p: (p[1], -p[2]))
print([p[0] for p in people])
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len, reverse=True)
print(words)
mixed = [3, 1.5, True, 2]
mixed.sort()
print(mixed)
mixed.append("4")
try:
    mixed.sort()
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
