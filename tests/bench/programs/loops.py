"""Nested numeric loops: integer matrix product and a running checksum."""

size = 48
a = [[(i * 7 + j * 3) % 11 for j in range(size)] for i in range(size)]
b = [[(i * 5 + j * 2) % 13 for j in range(size)] for i in range(size)]

product = []
for i in range(size):
    row_a = a[i]
    row = []
    for j in range(size):
        total = 0
        for k in range(size):
            total += row_a[k] * b[k][j]
        row.append(total)
    product.append(row)

checksum = 0
i = 0
while i < size:
    j = 0
    while j < size:
        checksum = (checksum * 31 + product[i][j]) % 1000000007
        j += 1
    i += 1

trace = 0
for i in range(size):
    trace += product[i][i]
[checksum, trace, product[size - 1][0]]
