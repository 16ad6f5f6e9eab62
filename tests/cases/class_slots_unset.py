class Node:
    __slots__ = ("value", "next")

    def __init__(self, value):
        self.value = value


n = Node(5)
print(n.value)
print(getattr(n, "next", "unset"))
n.next = Node(6)
print(n.next.value)
del n.next
try:
    n.next
except AttributeError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
