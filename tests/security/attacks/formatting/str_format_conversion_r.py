# attack: attribute access then !r conversion on a generator frame
def gen():
    yield 1
print("{0.gi_frame!r}".format(gen()))
