g = {"base": 100}
loc = {}
exec("value = base + 1\nother = value * 2", g, loc)
print(loc)
print("value" in g, sorted(k for k in g if not k.startswith("__")))
scope = {"items": [3, 1, 2]}
exec("items.sort()\nfirst = items[0]", scope)
print(scope["items"], scope["first"])
print(eval("first + base", g, {"first": scope["first"]}))
try:
    exec("raise ValueError('from exec: ' + str(base))", g)
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
