matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
print(transposed)
flat = [x for row in matrix for x in row]
print(flat)
evens_by_row = [[x for x in row if x % 2 == 0] for row in matrix]
print(evens_by_row)
identity = [[1 if r == c else 0 for c in range(3)] for r in range(3)]
print(identity)
diagonal = [matrix[i][i] for i in range(3)]
[sum(row) for row in matrix] + diagonal
