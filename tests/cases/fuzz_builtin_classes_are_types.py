# The builtin classes are instances of `type` (the sandbox's proxies for them must say so).
classes = [list, dict, tuple, set, frozenset, bytes, bytearray, type, map, filter, zip]
classes += [enumerate, reversed, int, str, float, bool, object]
print([isinstance(c, type) for c in classes])
print(isinstance(list, type) and issubclass(list, object))
