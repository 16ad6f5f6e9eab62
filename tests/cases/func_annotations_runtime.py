def scale(values: list[float], factor: float = 1.0) -> list[float]:
    return [v * factor for v in values]


def greet(name: str, excited: bool = False) -> str:
    return f"Hello {name}{'!' if excited else '.'}"


print(scale([1.0, 2.5], 2))
print(greet("Ann", True))
print(scale.__annotations__)
print(greet.__annotations__["return"].__name__)
greet(name="Bo")
