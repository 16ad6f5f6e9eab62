# attack: every name dir() lists on several host objects must also be readable safely
import json, re, functools
leaks = []
for obj in (json.dumps, re.compile("a"), functools.partial(len), print, len, {}.keys(), iter([])):
    for name in dir(obj):
        value = getattr(obj, name)
        kind = type(value).__name__
        if kind in ("module", "frame", "code", "function") and name.startswith("__"):
            leaks.append((type(obj).__name__, name, kind))
        if isinstance(value, dict) and "__builtins__" in value:
            leaks.append((type(obj).__name__, name, "globals"))
print(leaks)
