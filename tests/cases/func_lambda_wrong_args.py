pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
keyed = list(map(lambda p: p[0] * 2, pairs))
print(keyed)
try:
    list(map(lambda a, b: a + b, pairs))
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
