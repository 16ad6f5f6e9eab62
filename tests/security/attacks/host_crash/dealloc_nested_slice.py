# attack: drop a million nested slice objects
# limits: max_duration=3 max_memory=300000000
s = None
for i in range(500000):
    s = slice(s)
del s
print('freed')
