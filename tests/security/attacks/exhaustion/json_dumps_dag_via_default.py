# attack: json.dumps of a harmless object whose default= hook returns a DAG; and a DAG through dict values
# limits: max_duration=0.5 max_memory=100000000
import json
x = [1]
for i in range(40):
    x = {"a": x, "b": x}
class Opaque:
    pass
try:
    print(len(json.dumps(Opaque(), default=lambda o: x)))
except TimeoutError:
    pass
print(len(json.dumps(x)))
