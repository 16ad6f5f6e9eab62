# attack: take a code object by a run-time name and rebuild a function around it with new globals
def f():
    return open
code = getattr(f, "__" + "code__")
FunctionType = type(f)
g = FunctionType(code, {"open": None})
print(g())
