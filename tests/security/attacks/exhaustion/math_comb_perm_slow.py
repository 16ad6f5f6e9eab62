# attack: math.comb and math.perm on arguments under their bounds
# limits: max_duration=0.2 max_memory=100000000
import math
print(math.comb(250_000, 80_000).bit_length())
