# attack: the Enum functional API consumes an endless C iterator of names in enum.py's own loop (no tick)
# limits: max_duration=1 max_memory=100000000
import enum
import itertools
E = enum.Enum("E", zip(map(str, itertools.count()), itertools.count()))
print(len(E))
