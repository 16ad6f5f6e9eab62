# attack: Exception.with_traceback to read/set tracebacks
e = ValueError("x")
w = getattr(e, "with_traceback")
print(w(None))
