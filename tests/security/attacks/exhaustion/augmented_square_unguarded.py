# attack: x **= 2 in a loop
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
x = 2
for i in range(25):
    x **= 2
print(x.bit_length())
