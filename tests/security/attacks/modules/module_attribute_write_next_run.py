# attack: assigning module attributes must not reach the next run
# isolation: child
import math, json, functools
print(math.pi, json.dumps([1]), functools.WRAPPER_ASSIGNMENTS[:1])
math.pi = 3
json.dumps = lambda *a, **k: "hijacked"
functools.WRAPPER_ASSIGNMENTS = ()
