# monty: raises AttributeError
def gen():
    yield 1


g = gen()
name = "gi_" + "frame"
print("dynamic attribute lookup")
frame = getattr(g, name)
print(frame)
