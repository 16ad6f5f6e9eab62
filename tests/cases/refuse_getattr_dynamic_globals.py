# monty: raises AttributeError
def f():
    return 1


attr = "__glob" + "als__"
print("dynamic dunder lookup")
print(getattr(f, attr))
