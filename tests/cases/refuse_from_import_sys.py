# monty: raises ImportError
from sys import modules
print(len(modules))
