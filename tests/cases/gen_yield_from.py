def inner(prefix, n):
    for i in range(n):
        yield f"{prefix}{i}"


def outer():
    yield "start"
    yield from inner("a", 2)
    yield from inner("b", 3)
    yield from [10, 20]
    yield from "xy"
    yield "end"


items = list(outer())
print(items)
len(items)
