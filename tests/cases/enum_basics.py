from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], Color.RED is Color(1), Color.RED == 1)
print([c.name for c in Color], len(Color), Color.GREEN in Color)
print(list(Color.__members__), type(Color.RED).__name__, isinstance(Color.RED, Color))
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN], f"{Color.BLUE}", f"{Color.BLUE.name:>6}")
[c.value for c in Color]
