# attack: type.__subclasses__(object) fetched through getattr on the metaclass
sub = getattr(type, "__subclasses__")
print([c.__name__ for c in sub(object)])
