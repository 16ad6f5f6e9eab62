# attack: pow(), int.__pow__ and operator.pow with a huge exponent
# limits: max_duration=1 max_memory=100000000
# expect: MemoryError
import operator
for f in (pow, (7).__pow__, lambda b, e: operator.pow(b, e)):
    try:
        f(7, 10**9)
    except MemoryError:
        raise
print('all computed')
