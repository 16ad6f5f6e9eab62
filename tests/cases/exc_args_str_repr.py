errors = [
    ValueError("bad value"),
    ValueError("bad", 42),
    ValueError(),
    KeyError("missing"),
    KeyError("a", "b"),
    IndexError(3),
    TypeError("x", None),
    Exception("multi\nline"),
    OSError(2, "No such file or directory"),
    FileNotFoundError(2, "No such file", "data.csv"),
]
for e in errors:
    print(f"{type(e).__name__:18} args={e.args!r:40} str={str(e)!r:30} repr={e!r}")
[len(e.args) for e in errors]
