def get_bounds(values):
    if not values:
        return None
    return min(values), max(values)


lo, hi = get_bounds([4, 1, 9])
print(lo, hi)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
lo, hi = get_bounds([])
