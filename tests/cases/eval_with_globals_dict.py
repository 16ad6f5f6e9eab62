env = {"x": 10, "y": 4}
print(eval("x * y + 2", env))
print(eval("x + z", {"x": 1}, {"z": 100}))
print(eval("len(name)", {"name": "monty"}))
formulas = {"area": "w * h", "perimeter": "2 * (w + h)", "ratio": "w / h"}
dims = {"w": 6, "h": 3}
results = {name: eval(f, dict(dims)) for name, f in formulas.items()}
print(results)
x = "module x"
print(eval("x", {"x": "dict x"}), eval("x"))
eval("w + q", dict(dims))
