# attack: difflib.unified_diff formats a non-str first line with %r in C (its type check)
# limits: max_duration=1 max_memory=150000000
import difflib
x = [1]
for i in range(40):
    x = [x, x]
print(list(difflib.unified_diff([x], ['b'])))
