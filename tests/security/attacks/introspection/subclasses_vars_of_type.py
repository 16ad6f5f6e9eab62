# attack: vars(type) to pull the __subclasses__ descriptor out of the metaclass dict
d = vars(type)
print(d["__subclasses__"](object))
