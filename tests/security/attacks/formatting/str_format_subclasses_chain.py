# attack: object's subclasses through a format field chain of indexes and attributes
print("{0[0].__class__.__mro__[1].__subclasses__}".format([()]))
