from functools import lru_cache, cache


@lru_cache(maxsize=None)
def count_paths(n):
    if n <= 1:
        return 1
    return count_paths(n - 1) + count_paths(n - 2)


@cache
def slow_square(x):
    print(f"computing {x}")
    return x * x


print(count_paths(80))
print(count_paths.cache_info())
print(slow_square(4), slow_square(4), slow_square(5))
count_paths.cache_clear()
print(count_paths.cache_info().currsize)
try:
    slow_square([1, 2])
    status = "ok"
except TypeError as e:
    status = ("error", str(e))
status
