# attack: the enum functional API with module=/qualname=/type= pointing at host modules
import enum
E = enum.Enum("E", "A B", module="os", qualname="os.environ")
print(E.A, E.__module__)
F = enum.IntEnum("F", {"X": 1}, module="builtins")
print(F.X)
