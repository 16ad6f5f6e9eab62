# attack: math.lcm of many big coprime ints grows its result without a size check
# limits: max_duration=0.5 max_memory=100000000
import math
xs = [(1 << 1_000_000) + 2 * i + 1 for i in range(30)]
print(math.lcm(*xs).bit_length())
