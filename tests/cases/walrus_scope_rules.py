def find_long(words, limit):
    if (count := sum(1 for w in words if len(w) > limit)) == 0:
        return "none", count
    return [w for w in words if len(w) > limit], count


print(find_long(["ab", "abcdef", "xyz", "lengthy"], 4))
print(find_long(["a"], 4))


def outer():
    values = [y := 5, y ** 2, y ** 3]
    return values, y


print(outer())
total = 0
data = [3, 8, 1]
mx = 0
best = [mx := max(mx, x) for x in data]
numbers = iter([4, 0, 7])
while (value := next(numbers, None)) is not None:
    total += value
[total, value, best, mx]
