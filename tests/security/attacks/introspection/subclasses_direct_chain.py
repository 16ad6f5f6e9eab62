# attack: the classic ().__class__.__base__.__subclasses__() walk to os._wrap_close's globals
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


for cls in ().__class__.__base__.__subclasses__():
    if cls.__name__ == "_wrap_close":
        loot(cls.__init__.__globals__["__builtins__"])
reached
