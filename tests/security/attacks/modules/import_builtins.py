# attack: import builtins and use its open/__import__
import builtins
print(builtins.open(canary_path).read())
print(builtins.__import__("os").environ["MONTY_CANARY_SECRET"])
