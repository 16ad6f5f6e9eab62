# attack: mutate collections classes (Counter, ChainMap, defaultdict) seen by later runs
# isolation: child
import collections
print(collections.Counter("aab").most_common(1))
for cls in (collections.Counter, collections.ChainMap, collections.defaultdict, collections.deque):
    try:
        cls.most_common = lambda self, n=None: "hijacked"
    except Exception as e:
        print(type(e).__name__)
