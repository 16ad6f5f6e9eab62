# attack: deque += lazy, OrderedDict.update(lazy) and dict-subclass |= lazy consume in C without ticks
# limits: max_duration=1 max_memory=50000000
import collections
d = collections.deque()
d += range(3 * 10**6)
o = collections.OrderedDict()
o.update(zip(range(10**6), range(10**6)))
dd = collections.defaultdict(int)
dd |= zip(range(10**6), range(10**6))
print(len(d), len(o), len(dd))
