def repeat(times, sep=" "):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return sep.join(func(*args, **kwargs) for _ in range(times))
        return wrapper
    return decorator


@repeat(3)
def shout(word):
    return word.upper()


@repeat(times=2, sep="|")
def echo(word):
    return word


print(shout("hey"))
print(echo("ping"))
[shout("a"), echo("b")]
