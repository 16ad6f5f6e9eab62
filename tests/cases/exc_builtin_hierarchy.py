names = [
    "ZeroDivisionError", "OverflowError", "FloatingPointError", "KeyError", "IndexError",
    "UnboundLocalError", "NotImplementedError", "RecursionError", "ModuleNotFoundError",
    "FileNotFoundError", "PermissionError", "TimeoutError", "ConnectionRefusedError",
    "UnicodeDecodeError", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt",
    "TabError", "BrokenPipeError", "ExceptionGroup",
]
builtin_classes = {
    cls.__name__: cls for cls in [
        ZeroDivisionError, OverflowError, FloatingPointError, KeyError, IndexError,
        UnboundLocalError, NotImplementedError, RecursionError, ModuleNotFoundError,
        FileNotFoundError, PermissionError, TimeoutError, ConnectionRefusedError,
        UnicodeDecodeError, StopAsyncIteration, GeneratorExit, KeyboardInterrupt,
        TabError, BrokenPipeError, ExceptionGroup,
    ]
}
parents = {}
for name in names:
    cls = builtin_classes[name]
    parents[name] = cls.mro()[1].__name__
    print(f"{name:24} -> {parents[name]}  exception={issubclass(cls, Exception)}")
parents
