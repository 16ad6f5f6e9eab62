checks = [
    ("%s and %s", ("one",)),
    ("%d items", ("many",)),
    ("%s", ()),
    ("no placeholders", ("extra",)),
    ("%d", (3.9,)),
    ("%x", (2.0,)),
    ("%.2f", ("1.5",)),
    ("%c", ("ab",)),
]
for fmt, args in checks:
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print(f"TypeError: {e}")
    except ValueError as e:
        print(f"ValueError: {e}")
try:
    "%z" % 5
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
