import typing

print(dict[str, list], list[str], tuple[str, ...], typing.Dict[str, list], typing.List[str])
print(typing.Optional[str], typing.Type[str], typing.ClassVar[str])
print(typing.get_args(dict[str, int]), typing.get_origin(typing.Optional[str]) is typing.Union)
print(typing.Optional[str] == typing.Union[str, None], str | None, typing.Optional, typing.Union)


def f(name: typing.Optional[str] = None) -> dict[str, int]:
    return {name or "x": 1}


print(f(), f.__annotations__)
print(typing.get_origin(typing.Union[int, None]) is typing.Union, typing.Optional[int] is not None)
