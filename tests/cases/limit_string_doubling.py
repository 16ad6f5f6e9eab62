# monty: raises MemoryError max_memory=100000000
s = "x"
while True:
    s = s + s
