from typing import Protocol, runtime_checkable


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class SupportsArea(Protocol):
    def area(self) -> float: ...


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def draw(self) -> str:
        return f"circle r={self.r}"

    def area(self) -> float:
        return 3.14 * self.r ** 2


class Text:
    pass


def render(items: list[Drawable]) -> list[str]:
    return [i.draw() for i in items if isinstance(i, Drawable)]


print(render([Circle(1), Text(), Circle(2)]))
print(isinstance(Circle(1), Drawable), isinstance(Text(), Drawable))
shape: SupportsArea = Circle(2)
print(shape.area())
[isinstance(x, Drawable) for x in (Circle(3), "s", Text())]
