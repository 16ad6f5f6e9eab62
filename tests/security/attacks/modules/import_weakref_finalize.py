# attack: weakref.finalize to run code when the host collects an object
import weakref
class A:
    pass
a = A()
weakref.finalize(a, print, "finalized")
