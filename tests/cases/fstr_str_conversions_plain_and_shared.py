import collections
import dataclasses
import enum
import functools
import operator

x = [1, "a"]
for i in range(5):
    x = [x, x]
t = (1,)
for i in range(4):
    t = (t, t)
d = {"k": x, "n": None}


@dataclasses.dataclass
class Box:
    v: object


class Color(enum.Enum):
    RED = 1


class Word(str):
    pass


class Shout:
    def __str__(self):
        return "SHOUT"

    def __format__(self, spec):
        return "fmt:" + spec


rows = [{"name": "a", "n": 1.5}, {"name": "b", "n": 2}]
print(len(f"{x}"), len(f"{x!r}"), len(f"{x!s}"), len(f"{x!a}"), f"{x!r:.12}", f"{t!s:>40}")
print(len(str(x)), str(t)[:20], str(object=t)[:10], str(b"ab", "ascii"), str(), str(b"\xff"))
print(f"{d.values()}"[:30], f"{d.items()!r}"[:30], str(d.keys()), f"{slice(1, x[0][0][0])}")
print(f"{Box(x)}"[:30], f"{ValueError(x, 2)}"[:30], f"{Color.RED!r}", f"{Color.RED}", str(Color.RED))
print(f"{functools.partial(max, 1)}"[:25], f"{operator.itemgetter(1, 'a')}")
print(f"{Word('hi')}", str(Word("yo")), f"{Shout()}", f"{Shout()!s}", f"{Shout():x}", str(Shout()))
print(f"{1}{2.5}{True}{None}{'s'}{b'b'}{-3!r}{'q'!r}{'é'!a}{b'z'!s}", f"{12345678901234567890}")
print([f"{r['name']}={r['n']}" for r in rows], {f"{k}": f"{v!r}" for k, v in d.items() if v is None})
print(", ".join(f"{r['name']!r}:{r['n']}" for r in rows), f"{'nested ' + f'{rows[0]}'}"[:30])
print(f"{x[0][0][0][0] + [3]}", f"{len(x)}{len(x)!r}", f"{(lambda: rows[1]['n'])()}")
print(str(collections.Counter("abca"))[:25], str(collections.deque(x, 2))[:20], f"{collections.OrderedDict(a=t)}"[:30])
print(str(Word), type(str(Word("w"))) is str, str is type(""), isinstance("s", str), issubclass(Word, str))
print(list(map(str, [1, None, x[0][0][0][0]])), sorted([3, 1, 2], key=str), str.join("-", ["a", "b"]))


class WithFields:
    label = f"{len(rows)} rows: {rows[0]['name']!r}"

    def describe(self, extra):
        return f"{self.label}/{extra['k'][0][0]!s:.10}/{type(self).__name__}"


print(WithFields.label, WithFields().describe(d), f"{WithFields.label!r}")
big = "y" * 50_000
print(len(f"{big}"), len(f"{big!r}"), len(str(big)), len(f"{big[:10]!a}"))
try:
    f"{undefined_name}"
except NameError as e:
    print("NameError", e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    str(x, "utf-8")
except TypeError as e:
    print("TypeError", e)
f"{x!r:>5}"[:12]
