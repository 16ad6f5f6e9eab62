seen = {1, 2, 3}
for n in sorted(seen):
    seen.add(n * 10)
print(sorted(seen))
for n in seen:
    seen.discard(n)
