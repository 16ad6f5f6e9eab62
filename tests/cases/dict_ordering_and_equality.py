d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d))
d["z"] = 10
print(d)
del d["a"]
d["a"] = 20
print(d)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {1: "x"} == {True: "x"})
merged = {1: "int", True: "bool", 1.0: "float"}
print(merged)
counts = {}
for word in "the quick the lazy the end quick".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
