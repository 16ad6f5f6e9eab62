# attack: abc.abstractmethod sets __isabstractmethod__ on a shared host function
# isolation: child
import abc, string
class C(abc.ABC):
    sub = string.Template.substitute
try:
    C()
    print("instantiable")
except TypeError:
    print("abstract")
abc.abstractmethod(string.Template.substitute)
