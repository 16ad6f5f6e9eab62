class Coordinate:
    def __init__(self, lat, lon):
        self.lat, self.lon = lat, lon

    def __eq__(self, other):
        if not isinstance(other, Coordinate):
            return NotImplemented
        return (self.lat, self.lon) == (other.lat, other.lon)

    def __hash__(self):
        return hash((self.lat, self.lon))

    def __repr__(self):
        return f"({self.lat}, {self.lon})"


visits = [Coordinate(1, 2), Coordinate(3, 4), Coordinate(1, 2), Coordinate(3, 4), Coordinate(5, 6)]
unique = set(visits)
print(len(unique))
counts = {}
for v in visits:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(Coordinate(1, 2) in unique, Coordinate(1, 2) == (1, 2))
hash(Coordinate(7, 8)) == hash((7, 8))
