# attack: the nesting check over a DAG of chain/map/zip_longest iterators sharing their sources
# limits: max_duration=0.5 max_memory=100000000
import itertools
z = iter([])
for i in range(40):
    z = itertools.chain(map(abs, z), itertools.zip_longest(z, z))
print(next(z, "empty"))
