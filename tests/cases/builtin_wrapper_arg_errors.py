# The sandbox's Python-implemented builtins reject wrong arguments with CPython's messages.
shapes = [
    ((), {}),
    ((1,), {}),
    ((1, 2), {}),
    ((1, 2, 3), {}),
    ((1, 2, 3, 4), {}),
    ((1, 2, 3, 4, 5), {}),
    ((), {"x": 1}),
    (([1],), {"x": 1}),
    ((), {"iterable": 1}),
    (([1],), {"start": 1}),
    (([1], 1), {"start": 1}),
    ((2,), {"exp": 2}),
    ((), {"base": 2, "exp": 2}),
    ((2,), {"base": 2}),
    ((2, 2), {"mod": 3}),
    ((2, 2, 3), {"mod": 3}),
    ((), {"a": 1, "b": 2, "c": 3}),
    ((1,), {"default": 2}),
    (([3, 1],), {"key": None, "reverse": True}),
    (([3, 1],), {"reverse": True, "bad": 1}),
]
funcs = [sum, min, max, sorted, any, all, iter, pow, hash, format, getattr, hasattr,
         setattr, delattr, issubclass]
for fn in funcs:
    for args, kwargs in shapes:
        try:
            result = fn(*args, **kwargs)
            print(fn.__name__, args, kwargs, "->", type(result).__name__)
        except (TypeError, AttributeError, ValueError) as err:
            print(fn.__name__, args, kwargs, "!!", type(err).__name__, err)
for args, kwargs in [((), {"x": 1}), ((1,), {"x": 1}), ((1, 2), {}), ((), {"y": 1, "x": 2})]:
    for fn in (vars, dir):
        try:
            fn(*args, **kwargs)
        except TypeError as err:
            print(fn.__name__, err)
for kwargs in [{"x": 1}, {"sep": "-", "end": "|\n", "flush": True}, {"file": None, "sepp": 1}]:
    try:
        print(1, 2, **kwargs)
    except TypeError as err:
        print(err)
for call in (
    lambda: eval(),
    lambda: eval("1", x=1),
    lambda: eval("1", {}, {}, 4),
    lambda: exec(),
    lambda: exec(x=1),
    lambda: exec("y = 1", {}, {}, 4),
    lambda: exec("y = 1", {}, {}, 4, 5),
    lambda: exec("y = 1", bad=1),
    lambda: exec("y = 1", closure=None),
    lambda: exec("y = 1", globals={}),
):
    try:
        print(call())
    except TypeError as err:
        print(err)
print(sum([1, 2], start=10), sum([1], 2), pow(2, exp=5), pow(base=3, exp=2, mod=5), pow(2, 3, None))
print(iter([1]).__class__.__name__, list(iter([3, 2, 1].pop, 1)), format(3.5, "08.2f"), getattr(1, "real", 0))
