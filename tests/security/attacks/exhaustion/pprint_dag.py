# attack: pprint.pformat of a list DAG (exponential expansion)
# limits: max_duration=1 max_memory=150000000
import pprint
y = [1, 2]
for i in range(40):
    y = [y, y]
print(len(pprint.pformat(y)))
