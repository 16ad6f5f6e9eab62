lines = ["first", "second", "", "after blank"]
pos = 0


def read_line():
    global pos
    line = lines[pos]
    pos += 1
    return line


for line in iter(read_line, ""):
    print("read:", line)
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 5)))
it = iter([1, 2])
print(iter(it) is it, next(it), list(it))
try:
    iter(5, 0)
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
