from typing import Literal, get_args, overload, Union

Mode = Literal["read", "write", "append"]


def open_mode(mode: Mode) -> str:
    if mode not in get_args(Mode):
        raise ValueError(f"invalid mode {mode!r}; expected one of {get_args(Mode)}")
    return mode[0]


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2


print(open_mode("read"), open_mode("append"), double(4), double("ab"))
print(get_args(Union[int, str]), get_args(Mode))
open_mode("delete")
