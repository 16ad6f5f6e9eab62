class Grid:
    def __init__(self, width, height):
        self.width, self.height = width, height
        self.cells = [["."] * width for _ in range(height)]

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y][x]

    def __setitem__(self, pos, value):
        x, y = pos
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"position {pos} outside {self.width}x{self.height} grid")
        self.cells[y][x] = value

    def render(self):
        return "\n".join("".join(row) for row in self.cells)


g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
print(g.render())
print(g[3, 2], g[1, 1])
g[4, 0] = "!"
