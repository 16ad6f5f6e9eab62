class Empty:
    pass


class WithDoc:
    """Only a docstring."""


def todo():
    ...


def nothing():
    pass


for _ in range(3):
    pass
print(todo(), nothing(), Empty.__name__, WithDoc.__doc__)
if True:
    pass
else:
    print("never")
print(... is Ellipsis, repr(...))
type(todo()).__name__
