# attack: random.getrandbits and randbytes allocate gigabytes in one C call
# expect: MemoryError
import random
print(len(random.randbytes(10**6)))
random.getrandbits(10**10)
