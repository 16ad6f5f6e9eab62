def in_range(x, lo=0, hi=10):
    return lo <= x < hi


print([in_range(v) for v in [-1, 0, 5, 10]])
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b, c > b >= a != 5)
print(1 < 2 < 3 < 4 < 5 > 0, 3 > 2 == 2, "a" < "b" < "c")
calls = []


def val(n):
    calls.append(n)
    return n


print(val(3) < val(2) < val(1))
print(calls)
x = 5
print(0 < x is not None, x in [5] in [[5]], 2 < x not in [1, 2])
[1 < 2 == 2.0, "a" in "abc" in "xabcx", None is None is None]
