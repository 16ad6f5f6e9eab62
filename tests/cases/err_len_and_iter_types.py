for value in [[1, 2], "abc", {"a": 1}, range(5), b"xy"]:
    print(type(value).__name__, len(value))
for value in [42, 3.5, None, True]:
    try:
        len(value)
    except TypeError as e:
        print("TypeError:", e)
for n in 10:
    print(n)
