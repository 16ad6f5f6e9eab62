# monty: raises MemoryError max_memory=100000000
print("computing a huge power")
big = 2 ** 10 ** 10
print(big.bit_length())
