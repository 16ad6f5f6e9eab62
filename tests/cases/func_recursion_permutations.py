def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, first in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            result.append([first] + perm)
    return result


def power_set(items):
    if not items:
        return [[]]
    tail = power_set(items[1:])
    return tail + [[items[0]] + s for s in tail]


print(permutations([1, 2, 3]))
print(len(permutations(list("abcd"))))
power_set([1, 2, 3])
