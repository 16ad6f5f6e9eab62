# attack: repr, ==, json.dumps and sorting of 300,000-deep lists (checked recursion)
# limits: max_duration=3 max_memory=300000000
import json
a = []
b = []
for i in range(200000):
    a = [a]
    b = [b]
for op in (repr, lambda x: x == b, json.dumps, lambda x: sorted([x, b])):
    try:
        op(a)
    except RecursionError:
        pass
print('survived')
