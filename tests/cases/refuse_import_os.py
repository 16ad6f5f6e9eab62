# monty: raises PermissionError
print("listing files")
import os
print(os.listdir("."))
