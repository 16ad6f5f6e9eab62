a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 0
x += 1
print(x, y)
first, second = pair = (3, 4)
print(first, second, pair)
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = matrix[1][2] = 9
print(matrix)
d = {}
d["a"] = d["b"] = "shared"
grid = [[0] * 2] * 2
grid[0][0] = 5
[d, grid]
