# attack: private names of sandbox modules (__spec__, __loader__, __builtins__, internals)
import re, json
for mod in (re, json):
    for name in ("__spec__", "__loader__", "__builtins__", "__dict__", "_compile", "regex", "sys"):
        try:
            print(name, getattr(mod, name))
        except AttributeError as e:
            print("refused", name)
