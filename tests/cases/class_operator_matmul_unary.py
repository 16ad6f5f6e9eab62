class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __neg__(self):
        return Matrix([[-x for x in row] for row in self.rows])

    def __pos__(self):
        return self

    def __invert__(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def __eq__(self, other):
        return self.rows == other.rows


m = Matrix([[1, 2], [3, 4]])
identity = Matrix([[1, 0], [0, 1]])
print((m @ identity).rows)
print((m @ m).rows)
print((-m).rows, (+m) is m)
print((~m).rows, m @ identity == m)
try:
    m @ [[1]]
    status = "ok"
except AttributeError as e:
    status = ("error", str(e))
status
