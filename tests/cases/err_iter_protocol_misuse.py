class Bad:
    def __iter__(self):
        return [1, 2, 3]


class Fine:
    def __iter__(self):
        return iter([1, 2, 3])


print(list(Fine()), sum(Fine()))
try:
    next(Fine())
except TypeError as e:
    print("TypeError:", e)
for x in Bad():
    print(x)
