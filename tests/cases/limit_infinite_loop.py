# monty: raises TimeoutError max_duration=0.5
print("spinning forever")
n = 0
while True:
    n += 1
