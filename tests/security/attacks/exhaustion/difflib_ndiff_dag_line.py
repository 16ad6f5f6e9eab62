# attack: difflib.ndiff formats a shared-list DAG line with %s in C
# limits: max_duration=1 max_memory=150000000
import difflib
x = [1]
for i in range(40):
    x = [x, x]
print(list(difflib.ndiff([x], ['b'])))
