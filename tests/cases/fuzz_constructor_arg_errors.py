# The builtin constructors check their arguments like CPython (the argument count first).
makers = [
    lambda: list(1.5, 2),
    lambda: tuple(-2.5, {}),
    lambda: set(1.5, 2.5),
    lambda: frozenset(int, {}),
    lambda: bytes(1.5, "a", 1),
    lambda: set([1], [2]),
    lambda: frozenset(1, 2, 3),
]
for make in makers:
    try:
        make()
    except TypeError as err:
        print(err)
for make in (lambda: bytearray(len, 0, key=1), lambda: bytearray(1.5, 2)):
    try:
        make()
    except TypeError as err:
        print(err)
