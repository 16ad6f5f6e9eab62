# attack: copy.deepcopy of a list DAG (exponential without a memo) and copy.copy of it
# limits: max_duration=1 max_memory=150000000
import copy
x = [1]
for i in range(100):
    x = [x, x]
y = copy.deepcopy(x)
print(y[0] is y[1], copy.copy(x)[0] is x[0])
