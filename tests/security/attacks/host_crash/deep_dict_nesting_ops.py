# attack: repr/== /json of dicts nested 300,000 deep
# limits: max_duration=3 max_memory=300000000
import json
d = {}
for i in range(300000):
    d = {'k': d}
for op in (repr, json.dumps, lambda x: x == {'k': {}}):
    try:
        op(d)
    except RecursionError:
        pass
print('survived')
