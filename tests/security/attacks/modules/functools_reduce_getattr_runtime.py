# attack: functools.reduce(getattr, ...) and partial(getattr) with run-time names
import functools
def f():
    pass
print(functools.partial(getattr, f)("__glo" + "bals__"))
