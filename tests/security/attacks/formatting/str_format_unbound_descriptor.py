# attack: the unbound str.format called with a hostile format string
def f():
    pass
fmt = str.format
print(fmt("{0.__code__.co_consts}", f))
