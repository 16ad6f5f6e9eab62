def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * determinant([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))


A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(matmul(A, B), transpose(A), determinant(A))
print(determinant([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(identity, [[1], [2], [3]]))
try:
    matmul(A, [[1, 2, 3]])
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
