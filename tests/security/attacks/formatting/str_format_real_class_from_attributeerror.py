# attack: format field access on the unproxied class taken from AttributeError.obj
try:
    dict.nope
except AttributeError as e:
    real = e.obj
print("{0.__subclasses__}".format(real))
