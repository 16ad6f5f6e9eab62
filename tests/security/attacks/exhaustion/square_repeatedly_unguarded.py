# attack: x = x ** 2 in a loop: a constant exponent of 2 skips the size guard
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
x = 2
for i in range(25):
    x = x ** 2
print(x.bit_length())
