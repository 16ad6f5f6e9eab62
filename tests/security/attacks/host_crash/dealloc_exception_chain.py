# attack: drop a 300,000-long __cause__ chain of exceptions
# limits: max_duration=3 max_memory=300000000
prev = None
for i in range(100000):
    try:
        raise ValueError(i) from prev
    except ValueError as err:
        prev = err
del prev
print('freed')
