# attack: update_wrapper(updated=('__dict__',)) merges a sandbox dict into a shared typing alias
# isolation: child
import functools, typing
print(repr(typing.List))
def f():
    pass
f.__dict__["_name"] = "Hijacked"
functools.update_wrapper(typing.List, f, assigned=(), updated=("__dict__",))
