ns = {}
exec("import json\nclass Point:\n    pass\nPOINT = Point.__name__\nDATA = json.dumps([1, 2])", ns)
print(ns["POINT"], ns["DATA"], ns["Point"].__module__)
env = {"x": 2}
exec("def double():\n    return x * 2", env)
env["x"] = 21
print(env["double"](), "__builtins__" in env)
restricted = {"__builtins__": {"len": len}}
print(eval("len('abc')", restricted))
try:
    eval("abs(-1)", restricted)
except NameError as exc:
    print("NameError:", exc)
sorted(k for k in ns if not k.startswith("__"))
