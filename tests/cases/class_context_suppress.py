class Suppress:
    def __init__(self, *exc_types):
        self.exc_types = exc_types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.exc_types):
            self.caught.append(f"{exc_type.__name__}: {exc}")
            return True
        return False


guard = Suppress(ZeroDivisionError, KeyError)
for divisor in [2, 0, 5]:
    with guard:
        print(10 / divisor)
with guard:
    {}["key"]
print(guard.caught)
with guard:
    int("nope")
