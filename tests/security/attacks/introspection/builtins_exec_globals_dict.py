# attack: exec() leaves a __builtins__ entry in the globals dict; use it to import os
g = {}
exec("x = 1", g)
b = g["__builtins__"]
print(b["__import__"]("os"))
