def first_items(iterables):
    for it in iterables:
        iterator = iter(it)
        yield next(iterator)


print(list(first_items([[1, 2], "ab", (9,)])))
list(first_items([[1], [], [3]]))
