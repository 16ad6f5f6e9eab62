# attack: bytes.split through map() on the class, and splitlines inside a comprehension
# limits: max_duration=2 max_memory=50000000
b = b"a " * (2 * 10**7)
parts = list(map(bytes.split, [b]))
s = "\n" * (2 * 10**7)
lines = [t.splitlines() for t in [s, s]]
print(len(parts[0]), len(lines))
