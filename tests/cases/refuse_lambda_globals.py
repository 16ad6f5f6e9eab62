# monty: refused
print("starting")
handler = lambda: 0
secrets = handler.__globals__
print(sorted(secrets))
