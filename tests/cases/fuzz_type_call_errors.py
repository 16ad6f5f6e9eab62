# type() as a function: classes it makes belong to __main__, and bad arguments fail with
# CPython's messages.
A = type("A", (), {"x": 1})
print(A, A.__module__, repr(A()).split(" object")[0])
calls = [
    lambda: type((1,), 2, False),
    lambda: type("B", 1, {}),
    lambda: type("B", (), 1),
    lambda: type(1, x=2),
]
for call in calls:
    try:
        call()
    except TypeError as err:
        print(err)
