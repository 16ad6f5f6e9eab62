log = []


def source():
    for i in range(5):
        log.append(f"produce {i}")
        yield i


squares = (x * x for x in source() if x % 2 == 0)
print(log)
print(next(squares))
print(log)
print(sum(squares))
print(len(log))
total = sum(x for x in range(101))
mx = max((len(w), w) for w in "the quick brown fox jumps".split())
[total, mx]
