classes = [
    ArithmeticError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
    LookupError, MemoryError, NameError, OSError, ReferenceError, RuntimeError,
    StopIteration, SyntaxError, SystemError, TypeError, ValueError, Warning, UserWarning,
    DeprecationWarning, ConnectionError, BlockingIOError, ChildProcessError, IsADirectoryError,
    NotADirectoryError, InterruptedError, ProcessLookupError, FileExistsError, IndentationError,
    UnicodeError, ConnectionAbortedError, ConnectionResetError, FloatingPointError,
]
caught = []
for cls in classes:
    try:
        raise cls(f"custom {cls.__name__.lower()}")
    except BaseException as e:
        assert type(e) is cls
        caught.append(str(e))
print(len(caught))
print(caught[:3])
print(caught[-3:])
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException caught:", type(e).__name__)
caught[13]
