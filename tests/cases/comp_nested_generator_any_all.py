board = [
    ["X", "O", "X"],
    ["O", "X", "O"],
    ["O", "X", "X"],
]


def winner(b, p):
    rows = any(all(cell == p for cell in row) for row in b)
    cols = any(all(b[r][c] == p for r in range(3)) for c in range(3))
    diag = all(b[i][i] == p for i in range(3)) or all(b[i][2 - i] == p for i in range(3))
    return rows or cols or diag


print(winner(board, "X"), winner(board, "O"))
empty = [[c for c in row if c == " "] for row in board]
print(empty, any(empty))
sum(row.count("X") for row in board)
