def typed(*types):
    def decorator(func):
        def wrapper(*args):
            for i, (arg, expected) in enumerate(zip(args, types)):
                if not isinstance(arg, expected):
                    raise TypeError(
                        f"{func.__name__}() argument {i} must be {expected.__name__}, "
                        f"not {type(arg).__name__}"
                    )
            return func(*args)
        return wrapper
    return decorator


@typed(str, int)
def pad(text, width):
    return text.rjust(width, ".")


print(pad("abc", 6))
try:
    pad("abc", "6")
except TypeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
