# attack: the reprs of functools.partial and operator.itemgetter holding a shared-substructure list
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
import functools
import operator
print(len(repr(functools.partial(print, x))), len(f"{operator.itemgetter(x)}"))
