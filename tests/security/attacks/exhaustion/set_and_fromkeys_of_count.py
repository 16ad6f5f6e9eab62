# attack: set(itertools.repeat(1)) and dict.fromkeys(itertools.count())
# limits: max_duration=0.5 max_memory=100000000
# expect: TimeoutError
import itertools
set(itertools.repeat(1))
dict.fromkeys(itertools.count())
