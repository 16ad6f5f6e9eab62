# attack: the __import__ builtin by name
os = __import__("os")
print(os.environ["MONTY_CANARY_SECRET"])
