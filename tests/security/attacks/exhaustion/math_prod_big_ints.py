# attack: math.prod over a list of big ints multiplies without a size check
# limits: max_duration=0.2 max_memory=100000000
import math
print(math.prod([10**1000] * 350).bit_length())
