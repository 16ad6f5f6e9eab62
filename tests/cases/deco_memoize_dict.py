def memoize(func):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        else:
            wrapper.hits += 1
        return cache[args]
    wrapper.hits = 0
    wrapper.cache = cache
    return wrapper


@memoize
def grid_paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)


print(grid_paths(10, 10))
print(grid_paths.hits, len(grid_paths.cache))
grid_paths(3, 3), grid_paths(18, 18)
