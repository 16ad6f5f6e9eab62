from dataclasses import dataclass, field


@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    label: str = field(default="", repr=False)

    def __post_init__(self):
        if self.width <= 0 or self.height <= 0:
            raise ValueError(f"invalid size {self.width}x{self.height}")
        self.area = self.width * self.height
        if not self.label:
            self.label = f"{self.width}x{self.height}"


r = Rectangle(3, 4)
print(r, r.label)
print(Rectangle(2.5, 2, "tile"))
try:
    Rectangle(3, 4, 12)
except TypeError as e:
    print("TypeError:", e)
try:
    Rectangle(0, 5)
except ValueError as exc:
    outcome = f"{type(exc).__name__}: {exc}"
outcome
