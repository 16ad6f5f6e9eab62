# attack: list(islice(count(), 10**9)) and accumulate over count
# limits: max_duration=0.5 max_memory=100000000
import itertools
x = list(itertools.islice(itertools.count(), 10**9))
