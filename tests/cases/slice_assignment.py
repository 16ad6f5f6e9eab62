data = [0, 1, 2, 3, 4, 5, 6, 7]
data[2:4] = ["a", "b", "c"]
print(data)
data[:1] = []
print(data)
data[len(data):] = [100, 200]
print(data)
data[::2] = [-1] * len(data[::2])
print(data)
data[1:3] = "XY"
print(data)
data[:] = range(3)
print(data)
data[1:1] = [7, 7]
data
