# Wrapped builtins look like CPython's: repr, __name__, __qualname__, __module__, __doc__,
# type, and inside other objects' reprs (functools.partial).
import functools

for fn in (print, sum, min, max, sorted, any, all, getattr, format, iter, pow, hash):
    print(repr(fn), fn.__name__, fn.__qualname__, fn.__module__, type(fn).__name__)
    print((fn.__doc__ or "<no doc>")[:25])
print(repr(functools.partial(max, 1)))
print(list(map(len, ["ab"])), callable(sum), sum.__name__ == "sum")
