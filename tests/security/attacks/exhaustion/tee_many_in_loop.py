# attack: many itertools.tee calls, each below the memory limit, kept alive in a list
# limits: max_duration=2 max_memory=20000000
import itertools
keep = [itertools.tee([], 200000) for _ in range(60)]
print(len(keep))
