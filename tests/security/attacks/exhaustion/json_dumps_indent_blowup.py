# attack: json.dumps with a large indent over deep, repeated structures
# limits: max_duration=1 max_memory=50000000
import json
x = [0]
for i in range(200):
    x = [x]
print(len(json.dumps([x] * 10, indent=1000)))
