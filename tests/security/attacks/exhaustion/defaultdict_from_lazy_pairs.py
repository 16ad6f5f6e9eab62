# attack: collections.defaultdict (not a stand-in) consumes a huge lazy iterable in C
# limits: max_duration=1 max_memory=50000000
import collections
d = collections.defaultdict(None, zip(range(3 * 10**6), range(3 * 10**6)))
print(len(d))
