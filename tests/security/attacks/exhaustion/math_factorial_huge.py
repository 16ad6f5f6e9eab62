# attack: math.factorial(10**9)
# limits: max_duration=1 max_memory=100000000
import math
math.factorial(10**9)
