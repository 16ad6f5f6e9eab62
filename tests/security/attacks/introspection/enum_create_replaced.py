# attack: remove or replace the guarded _create_ of a sandbox enum, then use the functional API
import enum
def fin(self):
    print("finalizer ran")
class Base(enum.Enum):
    pass
kept = []
def unguard(how):
    try:
        how()
        print("unguarded")
    except (TypeError, AttributeError, ValueError) as e:
        print("kept guard:", type(e).__name__)
unguard(lambda: delattr(Base, "_create_"))
unguard(lambda: setattr(Base, "_create_", classmethod(lambda cls, *a, **k: None)))
unguard(lambda: type.__setattr__(Base, "_create_", None))
unguard(lambda: object.__delattr__(Base, "_create_"))
unguard(lambda: type.__delattr__(Base, "_create_"))
unguard(lambda: enum.EnumType.__delattr__(Base, "_create_"))
class Sub(Base):
    pass
for cls in (Base, Sub):
    try:
        kept.append(cls("F", [("__del__", fin), ("A", 1)]))
    except TypeError as e:
        print("refused:", e)
print(len(kept))
