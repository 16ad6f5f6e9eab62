print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 61)))
print(hash(1.0) == hash(1), hash(-0.0) == hash(0), hash(1e20) == hash(10 ** 20))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None))
[hash(n) for n in (7, -7, 10 ** 18)]
