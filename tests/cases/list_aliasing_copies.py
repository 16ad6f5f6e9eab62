grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a = [1, 2, [3, 4]]
b = a
c = a[:]
d = list(a)
b.append(5)
c[2].append("shared")
print(a, c, d)
print(a is b, a is c, a == d, c[2] is a[2])


def add_item(lst, item):
    lst += [item]
    return lst


original = [1]
result = add_item(original, 2)
[original, result is original]
