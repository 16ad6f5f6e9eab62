# attack: copy.deepcopy of an immutable tuple DAG (CPython does not memoize tuples that copy to themselves)
# limits: max_duration=1 max_memory=150000000
import copy
t = (1,)
for i in range(60):
    t = (t, t)
print(copy.deepcopy(t) is t, copy.deepcopy([t, t])[0] is t)
