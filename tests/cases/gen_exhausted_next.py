def pairs(items):
    for i in range(0, len(items) - 1, 2):
        yield items[i], items[i + 1]


p = pairs([1, 2, 3, 4, 5])
print(next(p))
print(next(p))
print(next(p, "no more"))
next(p)
