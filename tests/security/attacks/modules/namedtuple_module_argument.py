# attack: namedtuple(module=...) and typing.NamedTuple functional forms point classes at host modules
import collections, typing
P = collections.namedtuple("P", "a b", module="os")
print(P.__module__, P(1, 2))
