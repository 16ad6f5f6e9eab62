# attack: CPython's random.Random through __mro__ builds huge lists and bit strings without checks
# expect: MemoryError
import random
for cls in type(random.Random()).__mro__:
    if cls is not object:
        print(len(cls().sample(range(10**12), 10**9)))
