# attack: the repr DAG through dict values, a deque, print(), %-formatting and str.format
# limits: max_duration=0.5 max_memory=100000000
import collections
x = [1]
for i in range(40):
    x = {"a": x, "b": collections.deque([x])}
print(len("%s" % (x,)), len("{!r}".format(x)))
print(x)
