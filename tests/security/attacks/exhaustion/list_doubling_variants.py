# attack: x = 2 * x, x *= 2 inside a function and operator.mul(x, 2)
# limits: max_duration=1 max_memory=50000000
# expect: MemoryError
import operator
def grow(x):
    for i in range(12):
        x = 2 * x
        x *= 2
    return x
x = grow([0])
for i in range(10):
    x = operator.mul(x, 2)
print(len(x))
