# attack: list() of huge itertools.combinations/permutations/product
# limits: max_duration=0.5 max_memory=100000000
import itertools
len(list(itertools.combinations(range(100), 50)))
len(list(itertools.permutations(range(20))))
