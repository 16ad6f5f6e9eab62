# monty: raises TimeoutError max_duration=1
a = (1 << 4_000_000) - 1
b = (1 << 2_000_000) + 7
print(a // b)
