# attack: operator functions that are not size-guarded (add, concat) and call (3.11)
# limits: max_duration=2 max_memory=50000000
# expect: MemoryError
import operator
s = "x" * 10**7
parts = []
for i in range(15):
    parts.append(operator.concat(s, s))
print(len(parts))
