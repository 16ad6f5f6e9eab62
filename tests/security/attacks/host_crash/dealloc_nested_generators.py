# attack: drop a deep chain of generator expressions over each other
# limits: max_duration=3 max_memory=300000000
g = iter([1])
for i in range(100000):
    g = (x for x in g)
del g
print('freed')
