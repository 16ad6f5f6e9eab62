def label(n):
    return "zero" if n == 0 else "positive" if n > 0 else "negative"


print([label(n) for n in (-2, 0, 3)])
items = []
status = "empty" if not items else f"{len(items)} items"
print(status)
value = None
result = value or "default"
other = value and value.upper()
print(result, other)
print(0 or [] or "" or "last", 1 and 2 and 3, 0 and 1 / 0)
x = 7
parity = ("even", "odd")[x % 2]
print(parity, "big" if x > 5 else "small")
[(lambda a: a if a else -1)(v) for v in (0, 4)]
