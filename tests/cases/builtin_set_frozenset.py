a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([4, 6]))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({7}), a.issuperset([1, 2]))
s = set()
s.add(3)
s.update([1, 2], (5,))
s.discard(99)
s.remove(5)
print(s, len(s), 2 in s, sorted(s, reverse=True))
fs = frozenset([3, 1, 3])
print(fs, fs | {4}, type(fs & {1}).__name__, {fs: "frozen key"}[frozenset({1, 3})])
print(set("aab") == {"a", "b"}, sorted(set("mississippi")), set() == frozenset())
words = ["red", "blue", "red", "green"]
print(sorted(set(words)), len(set(words)))
c = {10, 20}
c -= {10}
c |= {30}
c &= {20, 30, 40}
print(c)
try:
    s.remove(42)
except KeyError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
