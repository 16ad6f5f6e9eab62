import json
import math

original = json.dumps
json.dumps = lambda obj: "patched"
print(json.dumps([1]))
json.dumps = original
math.tau2 = math.tau * 2
print(json.dumps([1]), round(math.tau2, 3))
del math.tau2
hasattr(math, "tau2")
