# attack: a function's globals through getattr with a name decoded at run time
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


def f():
    pass
name = bytes([95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95]).decode()
loot(getattr(f, name)["__builtins__"])
reached
