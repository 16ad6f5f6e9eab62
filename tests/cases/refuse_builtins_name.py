# monty: refused
print("inspecting builtins")
b = __builtins__
print(type(b).__name__)
