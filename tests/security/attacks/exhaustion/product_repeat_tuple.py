# attack: itertools.product(repeat=N) builds an N-sized pool tuple in C
# limits: max_duration=1 max_memory=50000000
import itertools
p = itertools.product([1], repeat=3 * 10**7)
print(type(p).__name__)
