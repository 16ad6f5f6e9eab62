# attack: typing.DefaultDict / typing.OrderedDict[...] call the real classes on lazy pairs
# limits: max_duration=1 max_memory=50000000
import typing
d = typing.DefaultDict(None, zip(range(3 * 10**6), range(3 * 10**6)))
o = typing.OrderedDict[int, int](zip(range(3 * 10**6), range(3 * 10**6)))
print(len(d), len(o))
