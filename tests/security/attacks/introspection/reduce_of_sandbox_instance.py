# attack: object.__reduce_ex__ on a sandbox instance through object's class attributes
class A:
    pass
red = getattr(object, "__reduce_ex__")
r = red(A(), 2)
print(r[0], getattr(r[0], "__globals__"))
