class Window:
    def __init__(self, start, end):
        self.start, self.end = start, end

    def __len__(self):
        return self.end - self.start


print(len(Window(2, 10)))
print(bool(Window(3, 3)))
len(Window(10, 2))
