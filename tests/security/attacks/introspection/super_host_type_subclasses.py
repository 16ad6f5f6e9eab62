# attack: super(type, object) to call type's methods on object (subclasses)
s = super(type, object)
print(getattr(s, "__subclasses__")())
