# monty: refused
print("module internals")
loader = __loader__
print(loader)
