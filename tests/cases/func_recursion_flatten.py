def flatten(items):
    result = []
    for item in items:
        if isinstance(item, (list, tuple)):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


def depth(items):
    if not isinstance(items, list):
        return 0
    return 1 + max((depth(x) for x in items), default=0)


data = [1, [2, [3, [4, 5]], 6], (7, 8), [], [[[9]]]]
print(flatten(data))
print(depth(data), depth([]), depth(5))
flatten([["a", ["b"]], "c"])
