from dataclasses import dataclass, field


@dataclass
class Good:
    tags: list = field(default_factory=list)


print(Good(), Good(["x"]))


@dataclass
class Bad:
    name: str
    tags: list = []
