# attack: a generic alias subscripted again (list[T][int]) is a fresh alias: does its call still tick?
# limits: max_duration=1 max_memory=50000000
import typing
T = typing.TypeVar("T")
x = dict[T, int][str](zip(range(3 * 10**6), range(3 * 10**6)))
print(len(x))
