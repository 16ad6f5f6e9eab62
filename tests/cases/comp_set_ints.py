readings = [12, 15, 12, 18, 15, 21, 12, 9]
unique = {r for r in readings}
print(sorted(unique))
remainders = {r % 5 for r in readings}
print(sorted(remainders))
print(len(unique), 18 in unique, 19 in unique)
small = {n for n in range(10)}
print(small)
{x * x for x in range(-3, 4)}
