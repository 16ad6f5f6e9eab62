# monty: raises MemoryError max_memory=100000000
print("allocating a huge list")
data = [0] * 10 ** 10
print(len(data))
