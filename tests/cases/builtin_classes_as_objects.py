# Builtin classes used as objects: they are instances of type, not iterable, have no len(),
# and CPython's messages call their type 'type'.
import collections

tries = [
    lambda: iter(list),
    lambda: 1 in dict,
    lambda: list + 1,
    lambda: -tuple,
    lambda: set < frozenset,
    lambda: next(bytes),
    lambda: abs(bytearray),
    lambda: int(list),
    lambda: float(dict),
    lambda: list * 2,
    lambda: round(tuple),
    lambda: format(list, "x"),
    lambda: f"{dict:>10}",
    lambda: sorted([list, dict]),
    lambda: max(set, frozenset),
    lambda: list | 1,
    lambda: 1 | list,
    lambda: zip[0],
    lambda: reversed(list),
    lambda: len(map),
    lambda: [x for x in filter],
    lambda: sum(type, 0),
    lambda: list(zip),
    lambda: tuple(enumerate),
    lambda: set(type),
    lambda: dict(list),
    lambda: len(collections.Counter),
    lambda: iter(collections.deque),
    lambda: 3 in collections.OrderedDict,
]
for attempt in tries:
    try:
        print(attempt())
    except TypeError as err:
        print(type(err).__name__, err)
classes = [list, dict, tuple, set, frozenset, bytes, bytearray, type, map, filter, zip,
           enumerate, reversed, collections.Counter, collections.deque, collections.OrderedDict]
print([isinstance(c, type) for c in classes])
print([isinstance(c, (int, type)) for c in classes], isinstance(list, list), isinstance(list, object))
print(issubclass(type(list), type), type(list) is type, type(type) is type, type(zip).__name__)
print(bool(list), list == list, list != dict, hash(list) == hash(list), str(list), repr(dict))
print(list[int], dict[str, int], enumerate[int], list | None, (list | None).__args__)
print(callable(list), list.__name__, type.__name__, list.__class__.__name__, len.__class__.__name__)
