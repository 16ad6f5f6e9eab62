# attack: the Enum functional API puts a dunder name from its names argument into the class namespace
import enum
def fin(self):
    print("finalizer ran")
F = enum.Enum("F", [("__del__", fin), ("A", 1)])
print(F.A)
