class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        print(f"creating {key!r}")
        value = self[key] = self.factory()
        return value


class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"unknown key {key!r}; known: {sorted(self)}")


groups = DefaultDict(list)
groups["a"].append(1)
groups["a"].append(2)
groups["b"].append(3)
print(dict(groups), groups.get("c"), "c" in groups)
s = Strict(x=1, y=2)
print(s["x"])
try:
    s["z"]
except KeyError as err:
    print("caught", type(err).__name__)
    last_error = err.args
last_error
