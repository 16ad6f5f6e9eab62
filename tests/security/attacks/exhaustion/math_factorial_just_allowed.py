# attack: math.factorial of an argument just under its size bound
# limits: max_duration=0.2 max_memory=100000000
import math
print(math.factorial(200_000).bit_length())
