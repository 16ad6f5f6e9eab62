# attack: read the lowering guards (__m_ga__ and friends) out of an exec globals dict
g = {}
exec("y = 2", g)
b = g["__builtins__"]
print([k for k in b if k.startswith("__m")])
print(b["__m_ga__"])
