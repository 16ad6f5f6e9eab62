triggers = [
    (ZeroDivisionError, lambda: 1 // 0),
    (IndexError, lambda: (1, 2)[5]),
    (KeyError, lambda: {"a": 1}["b"]),
    (TypeError, lambda: len(5)),
    (ValueError, lambda: float("abc")),
    (AttributeError, lambda: (1).real.missing),
    (NameError, lambda: undefined_name),
    (StopIteration, lambda: next(iter([]))),
    (OverflowError, lambda: float(10 ** 400)),
    (UnicodeEncodeError, lambda: "é".encode("ascii")),
    (UnicodeDecodeError, lambda: b"\xff".decode("utf-8")),
    (AssertionError, lambda: exec("assert 1 == 2, 'math broke'")),
    (RuntimeError, lambda: exec("raise RuntimeError('boom')")),
    (NotImplementedError, lambda: exec("raise NotImplementedError")),
]
for expected, trigger in triggers:
    try:
        trigger()
    except Exception as e:
        ok = type(e) is expected
        print(f"{type(e).__name__}: {e}" + ("" if ok else "  <-- unexpected"))
len(triggers)
