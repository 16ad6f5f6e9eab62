# attack: next() through nested itertools adapters (islice, chain, takewhile, accumulate)
# limits: max_duration=3 max_memory=300000000
import itertools
it = iter([1])
for i in range(100000):
    it = itertools.takewhile(bool, itertools.islice(itertools.chain(it), None))
print(next(it))
