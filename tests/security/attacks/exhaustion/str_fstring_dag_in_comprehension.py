# attack: an f-string field expression in a comprehension and in a lambda
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
box = {"x": x}
print([len(f"{b[0]}") for b in [[x]]], (lambda: len(f"{box['x']!a}"))())
