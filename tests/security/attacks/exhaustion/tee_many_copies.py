# attack: itertools.tee(iterable, n) allocates n iterators in one C call
# limits: max_duration=1 max_memory=10000000
import itertools
parts = itertools.tee([], 2 * 10**6)
print(len(parts))
