def classify(exc):
    try:
        raise exc
    except LookupError:
        return "lookup"
    except ArithmeticError as e:
        return f"arithmetic ({type(e).__name__})"
    except Exception:
        return "generic"


samples = [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]
for s in samples:
    print(type(s).__name__, "->", classify(s))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(FloatingPointError, ArithmeticError))
classify(StopIteration())
