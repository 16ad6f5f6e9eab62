# attack: 1 << 10**10 in one C call
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
x = 1 << 10**10
