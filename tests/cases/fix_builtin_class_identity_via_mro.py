import typing


class Stack(list):
    pass


print(list.__mro__[0] is list, Stack.__bases__[0] is list, list.mro()[0] is list)
print(type(list) is type, type(type) is type, dict[str, int].__origin__ is dict)
print(typing.get_origin(typing.List[int]) is list, typing.get_args(typing.Dict[str, int]))
match [1, 2]:
    case list():
        kind = "list"
    case _:
        kind = "other"
kind
