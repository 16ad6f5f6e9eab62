# attack: define __del__ through the enum metaclass called directly: EnumType.__call__, type(E)(...), EnumType.__new__, _create_
import enum
def fin(self):
    print("finalizer ran")
class Base(enum.Enum):
    pass
kept = []
attempts = [
    lambda: enum.EnumType.__call__(Base, "F", [("__del__", fin)]),
    lambda: enum.EnumMeta.__call__(enum.Enum, "F", [("__del__", fin)]),
    lambda: type(Base).__call__(Base, "G", [("__del__", fin)]),
    lambda: type(Base)("H", (Base,), {"__del__": fin}),
    lambda: type(Base)("H", (enum.Enum,), {"__del__": fin}),
    lambda: enum.EnumType.__new__(enum.EnumType, "I", (Base,), {"__del__": fin}),
    lambda: Base._create_("J", [("__del__", fin)]),
    lambda: Base._create_.__func__(Base, "J", [("__del__", fin)]),
    lambda: enum.Enum._create_("K", [("__del__", fin)]),
    lambda: enum.EnumType._create_(Base, "K", [("__del__", fin)]),
    lambda: type(Base)._create_(Base, "K", [("__del__", fin)]),
    lambda: Base.__call__("L", [("__del__", fin)]),
    lambda: super(Base, Base)._create_("L", [("__del__", fin)]),
    lambda: Base.__new__(Base, "M", [("__del__", fin)]),
    lambda: type(Base.__mro__[1])("N", (Base,), {"__del__": fin}),
    lambda: Base.__mro__[1]("O", [("__del__", fin)]),
    lambda: Base.__bases__[0]("P", [("__del__", fin)]),
]
for attempt in attempts:
    try:
        kept.append(attempt())
    except (TypeError, AttributeError, ValueError) as e:
        print("refused:", type(e).__name__)
print(len(kept))
