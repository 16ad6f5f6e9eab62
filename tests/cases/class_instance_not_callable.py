class Widget:
    def __init__(self, name):
        self.name = name

    def render(self):
        return f"<{self.name}/>"


w = Widget("button")
print(w.render())
print(callable(w), callable(w.render))
try:
    w()
except TypeError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
