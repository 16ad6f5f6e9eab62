# attack: math.comb/perm with __index__ objects (the size bound only looked at exact ints)
# limits: max_duration=0.2 max_memory=100000000
import math
class N:
    def __index__(self):
        return 250_000
print(math.perm(N(), 120_000).bit_length())
print(math.comb(N(), 80_000).bit_length())
