# attack: define a metaclass (subclass of type) to hook class creation
class Meta(type):
    def __getattribute__(cls, name):
        return type.__getattribute__(cls, name)
class A(metaclass=Meta):
    pass
print(A.__subclasses__())
