def logged(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} with {args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper


@logged
def add(a, b):
    return a + b


@logged
def greet(name, punctuation="!"):
    return "hi " + name + punctuation


add(2, 3)
greet("sam", punctuation="?")
print(add.__name__)
add(10, -4)
