# attack: re.sub callbacks receive Match objects: reach the underlying regex module objects
import re
def cb(m):
    for name in ("_m", "_pattern", "re", "string", "regs", "__class__"):
        print(name, type(getattr(m, name, None)).__name__)
    print(type(getattr(m.re, "_rp", None)).__name__, type(getattr(m.re, "_rt", None)).__name__)
    return ""
re.sub("a", cb, "a")
