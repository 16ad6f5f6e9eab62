from dataclasses import dataclass


@dataclass
class Ok:
    a: int
    b: int = 2


print(Ok(1))


@dataclass
class Broken:
    a: int = 1
    b: int
