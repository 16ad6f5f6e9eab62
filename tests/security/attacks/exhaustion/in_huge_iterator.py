# attack: x in huge lazy iterables (count, map, float in range)
# limits: max_duration=0.5 max_memory=100000000
# expect: TimeoutError
import itertools
print(-1 in itertools.count())
print(0.5 in range(10**15))
