class Squares:
    def __init__(self, limit):
        self.limit = limit

    def __getitem__(self, index):
        if index >= self.limit:
            raise IndexError("square index out of range")
        return index * index


sq = Squares(5)
print(list(sq))
print(9 in sq, 10 in sq)
a, b, *rest = sq
print(a, b, rest)
for value in sq:
    if value > 5:
        print("first > 5:", value)
        break
sq[7]
