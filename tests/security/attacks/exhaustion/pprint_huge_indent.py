# attack: pprint.pformat of a small nest with a huge indent (host code multiplies the indent per line)
# limits: max_duration=1 max_memory=150000000
# expect: MemoryError
import pprint
x = [[[[['a' * 50, 'b' * 50]] * 3] * 3] * 3] * 3
print(len(pprint.pformat(x, indent=10**6, width=20)))
