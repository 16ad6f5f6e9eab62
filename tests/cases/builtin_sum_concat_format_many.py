# sum with a non-number start, and str.format with many fields, agree with CPython
rows = [[i, i + 1] for i in range(2000)]
flat = sum(rows, [])
print(len(flat), flat[:5], flat[-3:])
start = [9]
out = sum([[1], [2]], start)
print(out, start, out is start, sum([], start) is start)
print(sum([(1,), (2, 3)], ()), sum([[1]], []) == [1])


class L(list):
    def __add__(self, other):
        return L(list(self) + list(other) + ["L"])


print(sum([[1], [2]], L()), type(sum([[1], [2]], L())).__name__)
print(sum([L([1]), [2]], []))


class Acc:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Acc(self.n + other)


print(sum([1, 2, 3], Acc(10)).n)
for bad in (lambda: sum([[1], (2,)], []), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([1], [])):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(len(("{}" * 5000).format(*range(5000))), len(("{a}{{" * 3000).format_map({"a": "xy"})))
print(("{0}-{1:>5}-{x!r}" * 3).format(1, 2, x="s"))
x = [0]
for i in range(10):
    x = x * 2
s = "ab"
s *= 2
s = 2 * s
b = b"x" * 2
n = 2**70
print(len(x), s, b, n * 2, 2 * n, 3 * 5, 2.5 * 2, 2 * 2.5, True * 2, 2 * [1], (1,) * 2, -2 * 7)
