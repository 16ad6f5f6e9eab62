"""Stand-ins for builtin classes whose constructors consume iterables in C.

`list(range(10**10))` would allocate in one uninterruptible C call. The sandbox's `list`,
`tuple`, `set`, `frozenset`, `dict`, `bytes`, `bytearray` and `type` are `ClassProxy`
objects: calling one feeds lazy iterables through the run's ticking view, while
`isinstance`, `issubclass`, subclassing (`class Stack(list)`), generics (`list[int]`),
unions (`list | None`), equality and `repr` behave as the real class does. `type(x)`
returns the proxy for these classes, so `type(x) is list` still holds.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ..execute.runtime import CONCRETE

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["ClassProxy", "TypeProxy", "unproxy"]


def unproxy(obj: Any) -> Any:
    """The real class behind a proxy (anything else unchanged)."""
    return obj._cls if type(obj) in (ClassProxy, TypeProxy) else obj


class ClassProxy:
    """The sandbox's name for a builtin class; see the module docstring."""

    __slots__ = ("_cls", "_rt")

    def __init__(self, cls: type[Any], rt: Runtime) -> None:
        self._cls = cls
        self._rt = rt

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        cls = self._cls
        if args:
            first = args[0]
            if cls in (bytes, bytearray) and type(first) is int:
                self._rt.allocate(first)
            elif (
                type(first) not in CONCRETE
                and not isinstance(first, str | int)
                and not (cls is dict and hasattr(first, "keys"))
            ):
                args = (self._rt.ticking(first), *args[1:])
        return cls(*args, **kwargs)  # pyright: ignore[reportUnknownVariableType]

    def __mro_entries__(self, bases: tuple[Any, ...]) -> tuple[type, ...]:
        return (self._cls,)

    def __instancecheck__(self, obj: Any) -> bool:
        return isinstance(obj, self._cls)

    def __subclasscheck__(self, sub: Any) -> bool:
        return issubclass(unproxy(sub), self._cls)

    def __getitem__(self, item: Any) -> Any:
        return self._cls[item]  # type: ignore[index]

    def __or__(self, other: Any) -> Any:
        return self._cls | unproxy(other)

    def __ror__(self, other: Any) -> Any:
        return unproxy(other) | self._cls

    def __eq__(self, other: object) -> bool:
        return unproxy(other) is self._cls

    def __hash__(self) -> int:
        return hash(self._cls)

    def __repr__(self) -> str:
        return repr(self._cls)


class TypeProxy(ClassProxy):
    """The sandbox's `type`: one argument gives the (proxied) class, three define a class."""

    __slots__ = ()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if len(args) == 1 and not kwargs:
            return self._rt.proxy_of(cast("type[Any]", builtins.type(unproxy(args[0]))))
        if len(args) != 3:
            raise TypeError("type() takes 1 or 3 arguments")
        name, bases, namespace = args
        bases = tuple(unproxy(b) for b in bases)
        return self._rt.define_class(name, bases, dict(namespace), **kwargs)
