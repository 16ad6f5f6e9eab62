# attack: floor division of huge ints through operator.floordiv, //= and int.__floordiv__
# limits: max_duration=0.2 max_memory=100000000
import functools
import operator
a = (1 << 2_000_000) - 1
b = (1 << 1_000_000) + 7
q = functools.reduce(operator.floordiv, [a, b])
a //= b
q = (a << 1_000_000).__floordiv__(b)
print(q.bit_length())
