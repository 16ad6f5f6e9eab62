# attack: from functools import _lru_cache_wrapper, singledispatch, RLock
from functools import singledispatch
print(singledispatch)
