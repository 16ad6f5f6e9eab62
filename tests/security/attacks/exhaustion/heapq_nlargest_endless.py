# attack: heapq.nlargest(1, ...) runs max() in C over an endless iterator
# limits: max_duration=1 max_memory=150000000
import heapq, itertools
print(heapq.nlargest(1, itertools.count()))
