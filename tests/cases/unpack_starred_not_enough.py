first, second, *rest = [1, 2, 3]
print(first, second, rest)
first, second, *rest = [1, 2]
print(first, second, rest)
a, *b, c, d = "xyz"
print(a, b, c, d)
a, *b, c, d = "xy"
