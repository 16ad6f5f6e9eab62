# attack: the class of a wrapped builtin (type(sum), __class__, object.__getattribute__): instantiate it, read its dict or its __call__ implementation
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


for cls in (type(sum), getattr(sum, "__class__"), object.__getattribute__(print, "__class__")):
    print(cls, cls is type(len))
    for name in ("__dict__", "__call__", "__mro__", "__subclasses__", "__slots__", "__new__"):
        try:
            value = getattr(cls, name)
        except AttributeError as err:
            print(name, type(err).__name__)
            continue
        reached.append(value)
        try:
            loot_globals(getattr(value, "__globals__"))
        except AttributeError as err:
            print(name, "no globals", type(err).__name__)
    try:
        made = cls(len)
        reached.append(made)
        print("made", made)
    except TypeError as err:
        print("TypeError", err)
for name in ("__call__", "__dict__", "__slots__", "__class__"):
    try:
        value = object.__getattribute__(sum, name)
        reached.append(value)
        loot_globals(getattr(value, "__globals__"))
    except (AttributeError, TypeError) as err:
        print(name, type(err).__name__)
reached
