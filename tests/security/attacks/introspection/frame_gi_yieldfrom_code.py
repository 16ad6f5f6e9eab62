# attack: gi_yieldfrom and gi_code of a delegating generator
def inner():
    yield 1
def outer():
    yield from inner()
g = outer()
next(g)
print(getattr(g, "gi_yieldfrom"), getattr(g, "gi_code").co_consts)
