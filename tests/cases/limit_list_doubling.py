# monty: raises MemoryError max_memory=100000000
data = [1, 2, 3]
while True:
    data += data
