colors = ["red", "green"]
sizes = ["S", "M", "L"]
variants = [f"{c}-{s}" for c in colors for s in sizes if not (c == "green" and s == "S")]
print(variants)
pythagorean = [
    (a, b, c)
    for c in range(1, 21)
    for b in range(1, c)
    for a in range(1, b)
    if a * a + b * b == c * c
]
print(pythagorean)
nested = [[i * j for j in range(1, 4)] for i in range(1, 4) if i != 2]
nested
