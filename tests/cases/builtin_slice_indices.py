items = list(range(10))
window = slice(2, 7)
print(items[window], window.start, window.stop, window.step)
step = slice(None, None, 3)
print(items[step], step.indices(len(items)))
print(slice(-3, None).indices(10), slice(100).indices(5), slice(None, None, -1).indices(3))
items[window] = ["x"]
print(items)
print(slice(1, 5, 2) == slice(1, 5, 2), slice(1) == slice(None, 1))
s = slice(0, 3)
s.start
