from typing import Optional, Union, List, Dict, Callable, Any, Literal


print(Optional[int])
print(Union[int, str])
print(Union[int, None] == Optional[int], Union[int, int] == int)
print(List[int], Dict[str, List[int]])
print(Callable[[int, str], bool])
print(Literal["r", "w"])
print(int | None, list[int], dict[str, tuple[int, ...]])
print(Any, type(None))
str(Optional[List[str]])
