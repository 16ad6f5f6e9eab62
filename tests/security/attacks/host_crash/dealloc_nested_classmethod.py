# attack: drop a million nested classmethod objects
# limits: max_duration=15 max_memory=300000000
c = 1
for i in range(1000000):
    c = classmethod(c)
del c
print('freed')
