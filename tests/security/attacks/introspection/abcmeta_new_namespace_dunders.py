# attack: abc.ABCMeta.__new__ / abc.ABCMeta(...) with dunders that class bodies and type() refuse
import abc
for make in (lambda ns: abc.ABCMeta("X", (), ns), lambda ns: abc.ABCMeta.__new__(abc.ABCMeta, "Y", (), ns)):
    try:
        cls = make({"__del__": lambda self: None, "__reduce__": lambda self: (print, ("r",)), "__getstate__": lambda self: 1})
        print("built", cls.__name__, getattr(cls(), "__red" + "uce__")())
    except Exception as e:
        print(type(e).__name__)
