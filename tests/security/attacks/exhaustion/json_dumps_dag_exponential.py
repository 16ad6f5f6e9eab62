# attack: json.dumps of a list DAG whose expansion is exponential
# limits: max_duration=0.2 max_memory=100000000
import json
x = [1]
for i in range(20):
    x = [x, x]
print(len(json.dumps(x)))
