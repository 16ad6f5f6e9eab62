cache = {}
key = ("user", 42)
cache[key] = "ok"
print(cache)
for bad in [["list"], {"a": 1}, {1, 2}, ([1], 2)]:
    try:
        cache[bad] = "value"
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
try:
    {[1, 2]: "x"}
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
