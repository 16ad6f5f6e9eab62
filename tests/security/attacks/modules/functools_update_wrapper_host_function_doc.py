# attack: update_wrapper writes __doc__/__name__ into a shared host function
# isolation: child
import functools, dataclasses
print(dataclasses.fields.__name__, (dataclasses.fields.__doc__ or "")[:30])
def f():
    "changed by an earlier run"
functools.update_wrapper(dataclasses.fields, f, assigned=("__doc__", "__name__"), updated=())
