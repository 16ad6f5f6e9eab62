# attack: an attribute read hidden in a nested format spec
def f():
    pass
print("{0:{1.__globals__}}".format(1, f))
