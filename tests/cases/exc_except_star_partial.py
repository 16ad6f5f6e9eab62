def work():
    raise ExceptionGroup(
        "batch",
        [ValueError("v1"), KeyError("k1"), ValueError("v2"), OSError("disk")],
    )


try:
    try:
        work()
    except* ValueError as eg:
        print("handled", len(eg.exceptions), "value errors:", eg.message)
    except* KeyError:
        print("handled key error")
except ExceptionGroup as rest:
    print("left over:", rest.message, [repr(e) for e in rest.exceptions])

try:
    work()
except* (ValueError, KeyError) as eg:
    print("handled together:", len(eg.exceptions))

try:
    raise TypeError("naked")
except* TypeError as eg:
    print("wrapped:", repr(eg))
