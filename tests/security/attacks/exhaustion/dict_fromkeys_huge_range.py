# attack: dict.fromkeys(range(10**9)) and frozenset(range(10**9))
# limits: max_duration=1 max_memory=100000000
d = dict.fromkeys(range(10**9))
f = frozenset(range(10**9))
