import collections
import typing

a = list[int]
print(a, repr(a), a == list[int], a != list[str], hash(a) == hash(list[int]))
print(typing.get_origin(a) is list, typing.get_args(a), a.__origin__ is list, a.__args__)
print(type(a).__name__, type(a) is type(dict[str, int]))
print(a(range(3)), dict[str, int](x=1), tuple[int, ...]("ab"), set[int]([1, 1]))
print(list[int] | None, dict[str, list[int]])
T = typing.TypeVar("T")
pair = dict[T, int]
print(pair[str], pair[str](zip("ab", range(2))), pair[str] == dict[str, int])
d = collections.deque[int]([1, 2], maxlen=3)
print(d, type(d) is collections.deque, collections.Counter[str]("abca"))
print(collections.OrderedDict[str, int](a=1), collections.defaultdict[str, list](list))


class Stack(list[int]):
    def top(self):
        return self[-1]


s = Stack([1, 2, 3])
print(s.top(), Stack.__orig_bases__, Stack.__mro__, isinstance(s, list))

print(typing.Deque, typing.Deque[int], typing.get_origin(typing.Deque[int]) is collections.deque)
print(typing.Deque(range(3)), typing.Deque[int]([1], 5), typing.Counter("aab"))
print(typing.DefaultDict(list, [(1, [2])]), typing.OrderedDict([(1, 2)]))
print(typing.Counter[str]("xyzx").most_common(1), typing.DefaultDict[str, int](int)["k"])
print(isinstance(collections.deque(), typing.Deque), issubclass(collections.Counter, typing.Counter))
for alias in (typing.List, typing.Dict, typing.Set, typing.FrozenSet, typing.Tuple, typing.Type):
    try:
        alias()
    except TypeError as e:
        print(e)
try:
    typing.List[int]([1])
except TypeError as e:
    print(e)


class Q(typing.Deque[int]):
    pass


print(Q([1, 2]), Q.__mro__[1] is collections.deque)
print(type(collections.deque()) is collections.deque, type(collections.Counter()).__name__)
print(collections.Counter(collections.Counter("aab")), collections.OrderedDict(collections.OrderedDict(a=1)))
