# monty: raises TimeoutError max_duration=1
print(pow(3, 10**5000, 10**5000 + 1))
