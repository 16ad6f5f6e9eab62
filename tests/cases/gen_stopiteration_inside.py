def first_items(iterables):
    for it in iterables:
        iterator = iter(it)
        yield next(iterator)


print(list(first_items([[1, 2], "ab", (9,)])))
try:
    list(first_items([[1], [], [3]]))
except RuntimeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
