# attack: every attribute dir() lists on a wrapped builtin, one and two levels deep, looking for globals, closures or code
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


seen = 0
for fn in (sum, print, getattr, sorted, exec):
    for name in dir(fn):
        value = getattr(fn, name)
        seen += 1
        for name2 in dir(value):
            try:
                inner = getattr(value, name2)
            except Exception:
                continue
            if name2 in ("__globals__", "__builtins__"):
                loot_globals(inner)
            if name2 in ("__closure__", "__code__", "__self__", "__func__", "__wrapped__"):
                reached.append(inner)
print(seen > 0)
reached
