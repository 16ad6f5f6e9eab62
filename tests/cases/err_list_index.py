results = []
for i in range(3):
    results.append(i * i)
print(results[0], results[-1], results[len(results) - 1])
empty = []
print(len(empty), empty[0:1])
empty[1]
