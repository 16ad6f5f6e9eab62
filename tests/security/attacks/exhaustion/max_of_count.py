# attack: max(itertools.count())
# limits: max_duration=0.5 max_memory=100000000
# expect: TimeoutError
import itertools
max(itertools.count())
