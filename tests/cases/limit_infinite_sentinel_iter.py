# monty: raises TimeoutError max_duration=0.5
total = 0
for value in iter(int, 1):
    total += value
print(total)
