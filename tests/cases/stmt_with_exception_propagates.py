class Locked:
    def __init__(self):
        self.locked = False

    def __enter__(self):
        self.locked = True
        print("acquired")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.locked = False
        print("released", "with" if exc_type else "without", "error")


lock = Locked()
with lock:
    print("working, locked =", lock.locked)
print("after, locked =", lock.locked)
with lock:
    data = {"a": 1}
    print(data["b"])
