records = [("ann", (31, "NYC")), ("bob", (25, "LA"))]
for name, (age, city) in records:
    print(f"{name} is {age} from {city}")
(a, b), (c, d) = [1, 2], "xy"
print(a, b, c, d)
[(k1, v1), (k2, v2)] = {"p": 1, "q": 2}.items()
print(k1, v1, k2, v2)
point = {"pos": (3, 4), "tags": ["a", "b", "c"]}
(x, y), (t1, *more) = point["pos"], point["tags"]
print(x, y, t1, more)
((n1, n2), n3), n4 = ((1, 2), 3), 4
[n1, n2, n3, n4]
