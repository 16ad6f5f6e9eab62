# attack: f-string = specifier on a hidden attribute
def f():
    pass
print(f"{f.__globals__=}")
