# attack: random.sample(range(10**12), k) and choices(k=...) build huge lists ([None] * k in C)
# expect: MemoryError
import random
random.sample(range(10**12), 10**9)
