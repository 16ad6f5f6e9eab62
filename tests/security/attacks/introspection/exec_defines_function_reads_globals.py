# attack: exec a function definition in a custom globals dict, then read that function's globals and builtins
ns = {}
exec("def f():\n    return 1", ns)
f = ns["f"]
print(getattr(f, "__globals__") is ns, getattr(f, "__builtins__"))
