# functools.lru_cache / cache wrappers keep the wrapped function's metadata.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def square(n):
    "Square a number."
    return n * n


print(fib(10), fib.cache_info())
print(fib.__name__, fib.__qualname__, fib.__module__, fib.__wrapped__(5))
print(square(3), square.__name__, square.__doc__)
