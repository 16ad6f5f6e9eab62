# attack: a sandbox module's __spec__/__loader__/__file__ to reach importlib
import json
for n in ("__spec__", "__loader__", "__file__", "__path__", "__builtins__"):
    print(n, getattr(json, n, "hidden"))
