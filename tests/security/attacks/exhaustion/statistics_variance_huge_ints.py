# attack: statistics.variance squares huge ints exactly in C
# expect: TimeoutError
import statistics
print(statistics.variance([(1 << 4000000) - 1, 3, 5]) > 0)
