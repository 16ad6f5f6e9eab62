# attack: str.format field access to a generator's frame
def gen():
    yield 1
print("{0.gi_frame.f_back}".format(gen()))
