# attack: products of huge dense ints via math.prod and functools.reduce(operator.mul)
# limits: max_duration=0.2 max_memory=100000000
import functools
import math
import operator
x = (1 << 5_000_000) - 1
print(math.prod([x, x, x]).bit_length())
print(functools.reduce(operator.mul, [x, x + 2]).bit_length())
