# attack: the Enum functional API puts a dunder name from its names argument into the class namespace
# known-hole: enum.Enum(name, [("__del__", f)]) defines __del__ through EnumType._create_, outside the checked class paths
import enum
def fin(self):
    print("finalizer ran")
F = enum.Enum("F", [("__del__", fin), ("A", 1)])
print(F.A)
