from typing import Callable, Any, cast, Final, Sequence

MAX_RETRIES: Final = 3


def apply(func: Callable[[int], int], values: Sequence[int]) -> list[int]:
    return [func(v) for v in values]


def make_adder(n: int) -> Callable[[int], int]:
    return lambda x: x + n


def log(*args: Any, **kwargs: Any) -> str:
    return f"{args} {kwargs}"


raw: Any = "123"
number = cast(int, int(raw))
untouched = cast(str, 456)
print(apply(make_adder(10), [1, 2, 3]), number + 1, untouched, type(untouched).__name__)
print(log(1, "a", flag=True), MAX_RETRIES)
handlers: dict[str, Callable[..., str]] = {"log": log}
handlers["log"]()
