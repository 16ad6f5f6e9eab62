# monty: raises ModuleNotFoundError
from sys import modules
print(len(modules))
