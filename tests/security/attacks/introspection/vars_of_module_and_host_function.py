# attack: vars() of a sandbox module and of host functions to reach their hidden state
import json, math
print(sorted(vars(math))[:3])
print(vars(json.dumps))
