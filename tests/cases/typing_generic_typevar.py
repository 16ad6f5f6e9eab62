from typing import Generic, TypeVar, Optional, Iterator

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


def first(items: list[K]) -> K:
    return items[0]


s: Stack[int] = Stack[int]()
s.push(1)
s.push(2)
print(list(s), s.peek(), s.pop(), s.pop(), s.peek())
print(first(["a", "b"]), T, Stack[int], T.__name__)
try:
    s.pop()
    status = "ok"
except IndexError as e:
    status = ("error", str(e))
status
