# attack: json.dumps of wide self-referencing lists and dicts (a size estimate that walks them must not loop)
# limits: max_duration=1 max_memory=100000000
import json
loop = [1] * 3000
loop.append(loop)
d = {str(i): i for i in range(3000)}
d["self"] = d
for value in (loop, d):
    try:
        json.dumps(value, check_circular=True)
    except ValueError as e:
        print(e)
try:
    json.dumps(loop, check_circular=False)
except RecursionError:
    print("deep")
