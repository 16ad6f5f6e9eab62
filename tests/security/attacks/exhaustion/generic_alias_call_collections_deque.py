# attack: collections.deque[int](...) and a re-subscripted alias call the real class on a lazy iterable
# limits: max_duration=1 max_memory=50000000
import collections
T = list[int]
d = collections.deque[int](range(5 * 10**6))
print(len(d))
