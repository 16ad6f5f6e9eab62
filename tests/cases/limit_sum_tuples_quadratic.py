# monty: raises TimeoutError max_duration=1
rows = [(0,) * 1000] * 20000
print(len(sum(rows, ())))
