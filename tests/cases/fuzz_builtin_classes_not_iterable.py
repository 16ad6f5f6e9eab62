# Builtin classes are not iterable and have no len(); the sandbox's stand-ins for them must
# not iterate through `cls[0]`, `cls[1]`... (their generic-alias __getitem__).
tries = [
    lambda: sum(enumerate, len),
    lambda: sum(list, 0),
    lambda: next(iter(enumerate)),
    lambda: [x for x in zip],
    lambda: list(reversed),
    lambda: len(list),
    lambda: len(dict),
]
for attempt in tries:
    try:
        print(attempt())
    except TypeError as err:
        print(err)
print(list[int], dict[str, int], enumerate[int])
