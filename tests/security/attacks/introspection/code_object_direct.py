# attack: a function's __code__ and its constants/names
def f():
    return "x"
c = f.__code__
print(c.co_consts, c.co_names)
