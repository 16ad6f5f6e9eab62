e = StopIteration(42)
print(e.value, e.args)
e2 = StopIteration()
print(e2.value, e2.args)


def gen():
    yield 1
    return "done"


g = gen()
next(g)
try:
    next(g)
except StopIteration as stop:
    print("value:", stop.value, "str:", repr(str(stop)))
raise StopIteration("explicit")
