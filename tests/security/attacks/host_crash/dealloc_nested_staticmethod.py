# attack: drop a million nested staticmethod objects (no trashcan in their dealloc)
# limits: max_duration=15 max_memory=300000000
s = 1
for i in range(1000000):
    s = staticmethod(s)
del s
print('freed')
