# attack: an f-string field expression in a class body (no temporary there: the guard is called)
# limits: max_duration=0.3 max_memory=100000000
x = [1]
for i in range(23):
    x = [x, x]
box = {"x": x}
class Shown:
    n = len(f"{box['x']!r}")
print(Shown.n)
