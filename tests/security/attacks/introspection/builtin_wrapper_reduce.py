# attack: __reduce__/__reduce_ex__ of a wrapped builtin (pickling support hands out callables and their arguments)
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


for fn in (sum, print, getattr, sorted):
    for name in ("__reduce__", "__reduce_ex__", "__getstate__", "__sizeof__"):
        try:
            method = getattr(fn, name)
        except AttributeError as err:
            print(name, type(err).__name__)
            continue
        r = method(2) if name == "__reduce_ex__" else method()
        reached.append(r)
        print(r)
        if isinstance(r, tuple):
            loot_globals(getattr(r[0], "__globals__"))
reached
