# attack: random.choices accumulates lazy weights in C (list(accumulate(count()))) without ticks
# expect: ValueError
import itertools, random
random.choices(range(5), weights=itertools.count(), k=1)
