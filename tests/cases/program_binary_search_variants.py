def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def search(a, x):
    i = bisect_left(a, x)
    if i < len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found (would insert at {i})")


data = [1, 3, 3, 3, 7, 9, 12, 15]
print([bisect_left(data, x) for x in [0, 3, 4, 15, 16]])
print(search(data, 7), search(data, 3))
sorted_insert = data[:]
for x in [5, 0, 20]:
    sorted_insert.insert(bisect_left(sorted_insert, x), x)
print(sorted_insert)
try:
    search(data, 8)
    status = "ok"
except ValueError as e:
    status = ("error", str(e))
status
