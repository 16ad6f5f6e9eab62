class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []

    def __enter__(self):
        self.events.append(f"enter {self.label}")
        return self

    def __exit__(self, exc_type, exc, tb):
        name = exc_type.__name__ if exc_type else None
        self.events.append(f"exit {self.label} exc={name}")
        return False


with Timer("block") as t:
    t.events.append("inside")
print(t.events)
t2 = Timer("failing")
try:
    with t2:
        raise KeyError("missing")
except KeyError as e:
    print("propagated", repr(e))
t2.events
