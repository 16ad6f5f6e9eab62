# attack: injected field names in namedtuple/NamedTuple (host code generation)
import collections, typing
for maker in (lambda n: collections.namedtuple("T", [n]), lambda n: typing.NamedTuple("T", [(n, int)])):
    try:
        T = maker("x=__import__('os').system('touch " + canary_write_path + "')")
        print(T)
    except Exception as e:
        print(type(e).__name__)
