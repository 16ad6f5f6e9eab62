# attack: copy.deepcopy of a very deep nest recurses in host code
# limits: max_duration=2 max_memory=300000000
# expect: RecursionError
import copy
d = []
for i in range(200_000):
    d = [d]
copy.deepcopy(d)
