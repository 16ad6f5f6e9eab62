def summarize(items):
    match items:
        case []:
            return "empty"
        case [only]:
            return f"one item: {only}"
        case [first, second]:
            return f"pair: {first}, {second}"
        case [first, *middle, last]:
            return f"{first} ... {last} ({len(middle)} in between)"


def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0):
            return f"on x-axis at {x}"
        case (0, y):
            return f"on y-axis at {y}"
        case (x, y, *_):
            return f"point {x},{y}"


print([summarize(x) for x in [[], [1], ["a", "b"], list(range(6))]])
print([point(p) for p in [(0, 0), (3, 0), (0, -2), [4, 5, 6]]])
summarize("abc"), point("xy")
