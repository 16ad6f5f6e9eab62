"""Comprehensions: list, dict and set comprehensions, nested and filtered."""

n = 160
grid = [[(x * y) % 17 for x in range(n)] for y in range(n)]
flat = [value for row in grid for value in row if value % 2 == 1]
transposed = [[grid[y][x] for y in range(n)] for x in range(n)]
diagonal_sums = {k: sum(grid[i][(i + k) % n] for i in range(n)) for k in range(0, n, 10)}
distinct_pairs = {(a % 5, b % 7) for a in range(200) for b in range(100)}
word_lengths = {w: len(w) for w in [str(i) * (i % 4 + 1) for i in range(3000)]}
evens_by_row = [len([v for v in row if v % 2 == 0]) for row in transposed]
pythagorean = [
    (a, b, c)
    for a in range(1, 40)
    for b in range(a, 40)
    for c in range(b, 40)
    if a * a + b * b == c * c
]
[
    len(flat),
    sum(flat),
    diagonal_sums[10],
    len(distinct_pairs),
    len(word_lengths),
    sum(evens_by_row),
    pythagorean[:3],
    len(pythagorean),
]
