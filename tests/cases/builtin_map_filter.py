nums = [1, 2, 3, 4, 5, 6]
print(list(map(str, nums)))
print(list(map(lambda x, y: x * y, nums, [10, 20, 30])))
print(list(filter(lambda x: x % 2 == 0, nums)))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.0])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
words = ["Hello", "world", "PYTHON"]
print(list(map(str.lower, words)), list(map(len, words)))
print(list(map(int, "123")), dict(map(lambda w: (w, len(w)), words)))
try:
    list(map(int, ["1", "2", "three"]))
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
