# attack: pass a host metaclass (enum's) with a hostile namespace hook
import enum
class A(metaclass=enum.EnumMeta):
    X = 1
print(getattr(A, "_member_map_"), getattr(type(A), "__subclasses__"))
