point = (3, 4)
single = (5,)
not_tuple = (5)
empty = ()
print(type(single).__name__, type(not_tuple).__name__, len(empty), point + single, point * 2)
print(point[0], point[-1], point.count(3), point.index(4), sorted((3, 1, 2)))
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print((1, 2) < (1, 3), (2,) > (1, 9, 9), (1, 2) == (1, 2), (0, "a") < (0, "b"))
t = 1, 2, 3
a, b, c = t
print(t, a + b + c, tuple(reversed(t)), hash(t) == hash((1, 2, 3)))
try:
    nested[1] = [9]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).index(5)
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
