# attack: collections.Counter counting deeply nested tuples
# limits: max_duration=3 max_memory=300000000
import collections
t = ()
for i in range(300000):
    t = (t,)
print(collections.Counter([t, t]))
