# attack: type() of a collections instance or an itertools object gives the class back: is it the real one?
# limits: max_duration=1 max_memory=50000000
import collections
real_deque = type(collections.deque())
real_od = collections.OrderedDict().__class__
d = real_deque(range(5 * 10**6))
o = real_od(zip(range(2 * 10**6), range(2 * 10**6)))
print(len(d), len(o))
