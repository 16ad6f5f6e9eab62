# attack: type.__new__(abc.ABCMeta, ...) builds a class outside the checked paths, with __del__ and __reduce_ex__
import abc
def fin(self):
    print("finalizer ran")
X = type.__new__(abc.ABCMeta, "X", (), {"__del__": fin, "__reduce_ex__": lambda self, p: (print, ("reduced",))})
print(getattr(X(), "__reduce" + "_ex__")(2))
