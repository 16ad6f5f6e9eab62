# monty: raises ModuleNotFoundError
print("listing files")
import os
print(os.listdir("."))
