# attack: str.format_map with a dotted field into a function's globals
def f():
    pass
print("{fn.__globals__[__builtins__]}".format_map({"fn": f}))
