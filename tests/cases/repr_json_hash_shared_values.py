import collections
import dataclasses
import json

x = [1, "a"]
for i in range(6):
    x = [x, {"k": x, "t": (x,)}, x]
print(len(repr(x)), repr(x)[:80], len(str(x)), ascii(x)[-40:])
print(len(json.dumps(x)), json.dumps(x)[:60], len(json.dumps(x, indent=2)), len(json.dumps(x, separators=(",", ":"))))
print(json.dumps({"a": [1, 2]}, indent="\t"), json.dumps(object, default=lambda o: [o.__name__]))
d = collections.deque([x[0], x[0]])
print(len(repr(d)), len("%s|%r" % (d, d)), len("{0!r}{0}".format(d)), len(f"{d!r:>10}"))
cm = collections.ChainMap({"a": x[0]}, {"b": x[0]})
print(len(repr(cm)))
l = [1]
l.append(l)
print(repr(l), json.dumps([l[0]]))
t = (1, "s")
for i in range(18):
    t = (t, i, t)
print(hash(t) == hash((t[0], 17, t[2])), hash(((1, 2), (1, 2))) == hash(((1, 2), (1, 2))))
n = (1, 2)
for i in range(18):
    n = (n, i, n)
print(hash(n), hash((n, None, -1)), hash(((n,),)))


@dataclasses.dataclass
class Box:
    v: object


b = Box(x[0])
print(len(str(dataclasses.asdict(Box(x)))), dataclasses.astuple(Box((1, [2])))[0], len(repr(b)))
dq = collections.deque()
dq += range(5)
od = collections.OrderedDict()
od.update(zip("ab", range(2)))
dd = collections.defaultdict(int)
dd |= zip("cd", range(2))
dd |= {"e": 5}
print(dq, od, dd)
try:
    raise ValueError([x[0], x[0]])
except ValueError as e:
    print(len(str(e)))
