# attack: sorted()/list() of infinite iterators (cycle, repeat)
# limits: max_duration=0.5 max_memory=100000000
import itertools
sorted(itertools.cycle([3, 1, 2]))
list(itertools.repeat(0))
