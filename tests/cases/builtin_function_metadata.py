# The builtins look like CPython's builtin functions: repr, __name__, __qualname__,
# __module__, __doc__, their type, and inside other objects' reprs.
import functools

fns = [print, sum, min, max, sorted, any, all, getattr, hasattr, setattr, delattr, format,
       iter, pow, hash, vars, dir, issubclass, eval, exec, len, abs, repr, isinstance]
for fn in fns:
    print(repr(fn), str(fn), fn.__name__, fn.__qualname__, fn.__module__, type(fn).__name__)
    print("   ", (fn.__doc__ or "<no doc>").splitlines()[0][:60])
print(repr(functools.partial(max, 1)), functools.partial(sum, [1, 2])())
print(type(sum) is type(len), isinstance(sum, type(len)), sum.__class__ is type(len))
print(callable(sum), sum == sum, sum != min, [f.__name__ for f in sorted(fns, key=repr)][:4])
print(list(map(len, ["ab"])), sum.__call__([1, 2]), getattr(print, "__name__"))
print({sum: 1}[sum], str([min, max]), f"{any!r:>30}")
try:
    sum.x = 1
except AttributeError as err:
    print(type(err).__name__)
try:
    sum[0]
except TypeError as err:
    print(err)
try:
    sum + 1
except TypeError as err:
    print(err)
try:
    type(sum)()
except TypeError as err:
    print(err)
