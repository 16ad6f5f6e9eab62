# attack: math.factorial of an argument just under its size bound
# limits: max_duration=0.2 max_memory=100000000
# known-hole: math.factorial under its size bound still runs for seconds in C
import math
print(math.factorial(200_000).bit_length())
