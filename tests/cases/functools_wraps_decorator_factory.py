import functools


def validate_range(low, high):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(value):
            if not low <= value <= high:
                raise ValueError(f"{func.__name__}: {value} not in [{low}, {high}]")
            return func(value)
        return wrapper
    return decorator


@validate_range(0, 100)
def set_volume(level):
    """Set the speaker volume."""
    return f"volume={level}"


print(set_volume(40), set_volume.__name__, set_volume.__doc__)
print(set_volume.__wrapped__(500))
set_volume(101)
