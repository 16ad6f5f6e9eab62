# attack: nested map objects built from the real map class (taken from AttributeError.obj)
# limits: max_duration=3 max_memory=300000000
try:
    map.nope
except AttributeError as e:
    real_map = e.obj
it = iter([1])
for i in range(300000):
    it = real_map(abs, it)
print(next(it))
