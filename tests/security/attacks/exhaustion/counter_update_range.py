# attack: Counter built through typing.Counter from a huge range
# limits: max_duration=1 max_memory=50000000
import typing
c = typing.Counter(range(25 * 10**5))
print(len(c))
