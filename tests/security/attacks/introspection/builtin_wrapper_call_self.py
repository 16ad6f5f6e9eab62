# attack: sum.__call__.__self__ / .__func__ (a bound method of the wrapper would lead to its class and implementation)
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


for fn in (sum, print, iter, format):
    call = getattr(fn, "__call__")
    print(repr(call)[:30], call is fn)
    for name in ("__self__", "__func__", "__objclass__", "__wrapped__", "__closure__"):
        try:
            value = getattr(call, name)
        except AttributeError as err:
            print(name, type(err).__name__)
            continue
        reached.append(value)
        loot_globals(getattr(getattr(value, "__call__"), "__globals__"))
reached
