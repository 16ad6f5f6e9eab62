from itertools import groupby, zip_longest, starmap, pairwise, compress, tee

data = "aaabccdddda"
print([(k, len(list(g))) for k, g in groupby(data)])
people = [("eng", "ann"), ("eng", "bob"), ("ops", "cy"), ("eng", "dee")]
print({k: [n for _, n in g] for k, g in groupby(sorted(people), key=lambda p: p[0])})
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest([1, 2], [])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise([1, 4, 9, 16])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
[y - x for x, y in pairwise([1, 4, 9, 16, 25])]
