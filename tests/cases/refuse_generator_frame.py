# monty: refused
def gen():
    yield 1


g = gen()
print("peeking at frame")
frame = g.gi_frame
print(frame.f_globals["__name__"])
