def cleanup():
    raise RuntimeError("cleanup failed")


try:
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup()
except RuntimeError as e:
    print("caught:", e)
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)
    ctx = type(e.__context__).__name__

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
ctx
