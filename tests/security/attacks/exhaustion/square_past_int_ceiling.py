# attack: square an integer past the 2**25-bit ceiling with a constant exponent
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
x = 1 << (1 << 24)
for i in range(2):
    x = x ** 2
print(x.bit_length())
