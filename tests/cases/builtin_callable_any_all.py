class Action:
    def __call__(self):
        return "done"


class Data:
    pass


for obj in [print, len, lambda: 0, Action, Action(), Data(), 5, "s", str.upper, [].append]:
    print(callable(obj), end=" ")
print()
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 3 for x in [1, 5]))
checks = {"has_digit": any(c.isdigit() for c in "abc1"), "all_lower": all(c.islower() for c in "abC")}
print(checks)
seen = []


def check(x):
    seen.append(x)
    return x > 2


print(any(check(x) for x in [1, 3, 5]), seen)
all([1, 2]) and not any(set())
