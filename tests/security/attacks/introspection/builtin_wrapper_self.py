# attack: __self__ of the sandbox's Python-implemented builtins (sum, print, getattr...), which CPython's builtins have (the builtins module)
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


for fn in (sum, print, getattr, sorted, iter, hash, format, pow, min, any, exec):
    try:
        loot(getattr(fn, "__se" + "lf__"))
    except AttributeError as err:
        print(type(err).__name__)
reached
