class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1] if self else None

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), isinstance(s, list))
print(s.pop(), s)
print(s + [9], type(s + [9]).__name__)
empty = Stack()
print(empty.peek())
try:
    empty.pop()
except IndexError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
