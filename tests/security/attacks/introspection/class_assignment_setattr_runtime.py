# attack: __class__ assignment through setattr and object.__setattr__ with run-time names
class A:
    pass
class B:
    pass
a = A()
for setter in (setattr, object.__setattr__):
    try:
        setter(a, "__cla" + "ss__", B)
    except Exception as e:
        print(type(e).__name__)
print(type(a).__name__)
