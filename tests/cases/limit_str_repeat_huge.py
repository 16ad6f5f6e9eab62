# monty: raises MemoryError max_memory=100000000
print("allocating a huge string")
s = "a" * 10 ** 10
print(len(s))
