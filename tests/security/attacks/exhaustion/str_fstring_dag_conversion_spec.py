# attack: an f-string field with a conversion and a small constant spec (`f"{x!r:>5}"`) converts a shared-substructure list natively
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
print(len(f"{x!r:>5}"), len(f"{x!s:.3}"))
