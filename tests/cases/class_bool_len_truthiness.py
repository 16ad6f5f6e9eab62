class Queue:
    def __init__(self, items=()):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("__bool__ called")
        return self.on


class Plain:
    pass


print(bool(Queue()), bool(Queue([1])))
print("yes" if Flag(True) else "no")
print(not Flag(False))
print(bool(Plain()))
q = Queue()
while not q:
    q.items.append("job")
[bool(q), len(q), Flag(False) or "fallback", len(Queue()) and "never"]
