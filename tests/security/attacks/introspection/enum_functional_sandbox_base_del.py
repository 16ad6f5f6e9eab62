# attack: the functional API of a member-less sandbox enum (EnumType.__call__ -> cls._create_) defines __del__
import enum
def fin(self):
    print("finalizer ran")
class Base(enum.Enum):
    def describe(self):
        return self.name
kept = []
for make in (
    lambda: Base("F", [("__del__", fin), ("A", 1)]),
    lambda: Base("G", {"__del__": fin, "A": 1}),
    lambda: Base("H", "__del__ A"),
    lambda: Base("I", ["A", "__del__"]),
):
    try:
        kept.append(make())
    except TypeError as e:
        print("refused:", e)
E = enum.Enum("E", [])
try:
    kept.append(E("J", [("__del__", fin), ("B", 2)]))
except TypeError as e:
    print("refused:", e)
print(len(kept))
