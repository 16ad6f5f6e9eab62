def plain(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@plain
def important():
    """Does important things."""
    return 42


print(important())
print(important.__name__)
print(important.__doc__)
important.__qualname__
