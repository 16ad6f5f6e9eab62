from itertools import chain, islice, count, cycle, repeat, accumulate, takewhile, dropwhile

print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, 6, 2)))
print(list(islice(cycle("xy"), 5)), list(repeat("z", 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(
    list(takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(dropwhile(lambda x: x < 4, [1, 3, 5, 2]))
)
try:
    list(islice(count(), -1))
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
