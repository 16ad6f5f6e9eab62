# attack: statistics functions consume an endless iterator with C list()
# limits: max_duration=2 max_memory=100000000
import itertools, statistics
print(statistics.mean(itertools.count()))
