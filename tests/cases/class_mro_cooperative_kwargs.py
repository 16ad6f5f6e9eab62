class Component:
    def __init__(self, **kwargs):
        if kwargs:
            print("unused options:", sorted(kwargs))
        super().__init__()


class Named(Component):
    def __init__(self, name="anon", **kwargs):
        self.name = name
        super().__init__(**kwargs)


class Sized(Component):
    def __init__(self, size=1, **kwargs):
        self.size = size
        super().__init__(**kwargs)


class Widget(Named, Sized):
    def describe(self):
        return f"{self.name}:{self.size}"


w = Widget(name="button", size=3, color="red")
print(w.describe())
print(Widget().describe())
[c.__name__ for c in Widget.mro()]
