# attack: % of huge ints inside a comprehension, via %= and int.__rmod__
# limits: max_duration=0.2 max_memory=100000000
import operator
a = (1 << 2_000_000) - 1
b = (1 << 1_000_000) + 7
rs = [x % b for x in [a, a - 2]]
c = b.__rmod__(a)
a %= b
print(operator.mod(a << 1_000_000, b).bit_length())
