# type() as a function: classes it makes belong to the caller's module, and bad arguments
# fail with CPython's messages.
A = type("A", (), {"x": 1})
B = type("B", (A,), {"__module__": "elsewhere", "y": 2})
C = type("C", (list,), {})
print(A, A.__module__, A.__qualname__, repr(A()).split(" object")[0], B, B().x, C([1, 2]))
print(type(A), type(A()), type(C()).__name__, isinstance(C(), list), isinstance(A, type))
calls = [
    lambda: type(),
    lambda: type(1, 2),
    lambda: type(1, x=2),
    lambda: type(x=2),
    lambda: type(1, 2, 3, 4),
    lambda: type((1,), 2, False),
    lambda: type("B", 1, {}),
    lambda: type("B", [], {}),
    lambda: type("B", (), 1),
    lambda: type("B", (), []),
    lambda: type(b"B", (), {}),
    lambda: type("B", (1,), {}),
    lambda: type("B", (int, str), {}),
    lambda: type("B\0", (), {}),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)


def make():
    return type("Inner", (), {})


print(make().__module__, make().__qualname__)
