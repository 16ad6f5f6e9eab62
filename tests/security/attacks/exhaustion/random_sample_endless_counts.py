# attack: random.sample accumulates lazy counts in C without ticks
# expect: ValueError
import itertools, random
random.sample(range(5), 2, counts=itertools.repeat(1))
