# attack: functools.reduce(getattr, names, obj) to walk a dunder chain
import functools
names = ["__class__", "__base__", "__subclasses__"]
print(functools.reduce(getattr, names, ())())
