class Grid:
    size = 3
    cells = [0] * size
    print("cells:", cells)
    coords = [(r, c) for r in range(3) for c in range(2)]
    print(len(coords))
    scaled = [size * i for i in range(3)]


print(Grid.scaled)
