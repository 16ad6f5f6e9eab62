# attack: x = x * 2 in a loop: a small constant multiplier skips the size guard
# limits: max_duration=1 max_memory=50000000
# expect: MemoryError
x = [0]
for i in range(25):
    x = x * 2
print(len(x))
