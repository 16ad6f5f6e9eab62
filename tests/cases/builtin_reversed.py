print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed(range(1, 10, 3))), "".join(reversed("stressed")))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
it = reversed([10, 20])
print(next(it), next(it), next(it, None))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
reversed(x for x in range(3))
