# attack: combinations_with_replacement / combinations / permutations with a huge r allocate r-sized index arrays in C
# limits: max_duration=1 max_memory=50000000
import itertools
a = itertools.combinations_with_replacement("a", 10**8)
b = itertools.combinations("a", 10**8)
c = itertools.permutations("a", 10**8)
print(type(a).__name__, type(b).__name__, type(c).__name__)
