# attack: str.join of a huge result and list.extend of an infinite iterator
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
import itertools
print(len('x'.join(['a' * 10**6] * 1000)))
l = []
l.extend(itertools.count())
