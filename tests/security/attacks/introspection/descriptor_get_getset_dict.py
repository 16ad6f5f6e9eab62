# attack: the __dict__ getset descriptor of a sandbox class applied to another object
class A:
    pass
desc = A.__dict__["__dict__"]
get = getattr(desc, "__get__")
print(get(len, type(len)))
