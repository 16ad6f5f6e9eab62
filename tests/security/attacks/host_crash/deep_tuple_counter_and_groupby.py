# attack: collections.Counter counting deeply nested tuples
# limits: max_duration=3 max_memory=300000000
# known-hole: dict/set operations hash deep tuples natively (known in-process limit)
import collections
t = ()
for i in range(300000):
    t = (t,)
print(collections.Counter([t, t]))
