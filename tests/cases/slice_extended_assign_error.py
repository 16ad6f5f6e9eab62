row = list(range(10))
row[::3] = ["a", "b", "c", "d"]
print(row)
row[::-1] = range(10)
print(row)
row[1::2] = [0] * 5
print(row)
row[::2] = [1, 2]
