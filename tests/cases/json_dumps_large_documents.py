# json.dumps of documents past the sandbox's "small" estimate (encoded incrementally there)
# gives CPython's output and errors.
import json


class Tag:
    def __init__(self, name):
        self.name = name


class Mapping(dict):
    pass


rows = [{"id": i, "name": f"row {i}", "tags": ["a", "é"], "ok": i % 2 == 0, "x": i / 3} for i in range(3000)]
text = json.dumps(rows)
print(len(text), text[:80], text == json.dumps(rows, separators=(", ", ": ")))
print(len(json.dumps(rows, indent=2)), json.dumps(rows, indent="\t", sort_keys=True)[-60:])
print(json.dumps(rows, ensure_ascii=False, separators=(",", ":"))[:70], len(json.dumps(rows * 3)))
print(json.dumps([Tag("t")] * 3000, default=lambda o: o.name)[:30])
print(json.dumps(Mapping(a=1, b=[2] * 3000))[-20:], json.dumps({1: 2, 2.5: None, True: "x"} | {str(i): i for i in range(3000)})[:40])
print(json.dumps([{"k": [1, 2, 3]}] * 2000, indent=3)[:50])
nested = [0]
for i in range(9):
    nested = [nested, {"d": nested}]
print(len(json.dumps([nested] * 2)))
for bad in (
    lambda: json.dumps([float("nan")] * 3000, allow_nan=False),
    lambda: json.dumps([float("inf")] * 3000, allow_nan=False, indent=1),
    lambda: json.dumps([object()] + [1] * 3000),
    lambda: json.dumps([{(1, 2): 3}] + [1] * 3000),
):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
loop = [1] * 3000
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
print(json.dumps([{(1, 2): 3, "k": 4}] + [1] * 3000, skipkeys=True)[:20])
