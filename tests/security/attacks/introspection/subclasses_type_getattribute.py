# attack: type.__getattribute__ on a class, reached by a run-time name
tga = getattr(type, "__getattribute__")
print(tga(object, "__subclasses__")())
