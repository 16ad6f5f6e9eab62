# attack: drop a million nested map objects (dealloc recursion)
# limits: max_duration=3 max_memory=300000000
try:
    map.nope
except AttributeError as e:
    real_map = e.obj
it = iter([1])
for i in range(500000):
    it = real_map(abs, it)
del it
print('freed')
