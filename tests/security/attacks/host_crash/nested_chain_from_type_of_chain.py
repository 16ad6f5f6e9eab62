# attack: the real itertools.chain class from type(chain()) nests past the cap, then next() recurses in C
# limits: max_duration=3 max_memory=300000000
import itertools
real_chain = type(itertools.chain())
it = iter([1])
for i in range(300000):
    it = real_chain(it)
print(next(it))
