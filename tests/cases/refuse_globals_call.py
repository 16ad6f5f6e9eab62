# monty: raises NameError
x = 1
print("dumping globals")
print(sorted(globals()))
