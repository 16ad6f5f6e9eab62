import functools


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@timed
def compute(x, y=2):
    """Raise x to the power y."""
    return x ** y


print(compute(3), compute(2, y=10))
print(compute.__name__)
print(compute.__doc__)
print(compute.__wrapped__(5))
compute.calls
