# attack: itertools.product(repeat=N) builds an N-sized pool tuple in C
# limits: max_duration=1 max_memory=50000000
# known-hole: itertools.product(repeat=N) allocates an N-sized pool tuple in C
import itertools
p = itertools.product([1], repeat=3 * 10**7)
print(type(p).__name__)
