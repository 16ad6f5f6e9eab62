print(eval("None"), exec("None"))
ns = {}
exec("def f():\n    return missing_name", ns)
try:
    ns["f"]()
except NameError as e:
    print("NameError:", e)
ns["missing_name"] = "now defined"
print(ns["f"]())
d = {}
exec("out = [n for n in range(3)]\nsize = len(out)", d)
print(d["out"], d["size"])
eval("1 / 0")
