order = []


def tag(name):
    print(f"creating decorator {name}")

    def decorator(func):
        print(f"applying {name} to {func.__name__}")

        def wrapper(*args):
            order.append(name)
            return f"<{name}>{func(*args)}</{name}>"
        wrapper.__name__ = func.__name__
        return wrapper
    return decorator


@tag("b")
@tag("i")
def text(s):
    return s


print(text("hello"))
order
