items = list(range(12))
del items[0]
print(items)
del items[-2:]
print(items)
del items[::3]
print(items)
del items[1:3]
print(items)
queue = ["a", "b", "c", "d"]
del queue[:2]
print(queue)
del items[:]
print(items, len(items))
scores = {"a": 1, "b": 2}
del scores["a"]
(queue, scores)
