from collections import defaultdict, OrderedDict

graph = defaultdict(list)
for src, dst in [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a")]:
    graph[src].append(dst)
print(dict(graph), graph["z"], sorted(graph))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
od = OrderedDict([("b", 2), ("a", 1)])
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == {"b": 2, "a": 1})
plain = defaultdict(None)
try:
    plain["missing"]
except KeyError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
