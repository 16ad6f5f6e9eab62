# attack: functools.lru_cache hashing a deeply nested tuple argument
# limits: max_duration=3 max_memory=300000000
import functools
t = ()
for i in range(300000):
    t = (t,)
@functools.lru_cache
def f(x):
    return 1
print(f(t))
