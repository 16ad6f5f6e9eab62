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
import contextlib
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from ..execute.runtime import CONCRETE
from ..names import is_class_proxy

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = [
    "MAX_ITERATOR_NESTING",
    "ClassProxy",
    "LazyProxy",
    "MetaProxy",
    "ProxyAlias",
    "TypeProxy",
    "unproxy",
]


def unproxy(obj: Any) -> Any:
    """The real class behind a proxy (anything else unchanged)."""
    return obj._cls if is_class_proxy(obj) else obj


class ClassProxy:
    """The sandbox's name for a builtin class; see the module docstring."""

    __slots__ = ("_cls", "_consumed", "_rt")
    __monty_proxy__ = True

    def __init__(self, cls: type[Any], rt: Runtime, consumed: int | None = 0) -> None:
        self._cls = cls
        self._rt = rt
        #: the positional argument the constructor consumes as an iterable (None: none)
        self._consumed = consumed

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        cls = self._cls
        at = self._consumed
        if at is not None and len(args) > at:
            value = args[at]
            if cls in (bytes, bytearray) and type(value) is int:
                self._rt.allocate(value)
            elif (
                type(value) not in CONCRETE
                and not isinstance(value, str | int)
                and not (issubclass(cls, dict) and hasattr(value, "keys"))
            ):
                args = (*args[:at], self._rt.ticking(value), *args[at + 1 :])
        return cls(*args, **kwargs)  # pyright: ignore[reportUnknownVariableType]

    def __mro_entries__(self, bases: tuple[Any, ...]) -> tuple[type, ...]:
        return (self._cls,)

    def __instancecheck__(self, obj: Any) -> bool:
        return isinstance(obj, self._cls)

    def __subclasscheck__(self, sub: Any) -> bool:
        return issubclass(unproxy(sub), self._cls)

    def __getitem__(self, item: Any) -> Any:
        alias: Any = self._cls[item]  # type: ignore[index]
        return _proxy_alias(alias)

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


class ProxyAlias(types.GenericAlias):
    """`list[int]` and the like: a `types.GenericAlias` (same origin, arguments, repr,
    equality and `class C(list[int])`), but calling it goes through the stand-in of its
    origin, as `list(...)` does, instead of the real class."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from . import proxy_of

        origin: Any = self.__origin__
        result = proxy_of(origin)(*args, **kwargs)
        with contextlib.suppress(AttributeError, TypeError):
            result.__orig_class__ = self
        return result

    def __getitem__(self, item: Any) -> Any:
        alias: Any = super().__getitem__(item)
        return _proxy_alias(alias)


def _proxy_alias(alias: Any) -> Any:
    """`alias` as a `ProxyAlias` when it is a plain `types.GenericAlias`."""
    if type(alias) is types.GenericAlias:
        origin: Any = alias.__origin__
        return ProxyAlias(origin, alias.__args__)
    return alias


ProxyAlias.__module__ = "types"
ProxyAlias.__name__ = ProxyAlias.__qualname__ = "GenericAlias"


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


class MetaProxy(ClassProxy):
    """A metaclass the sandbox may use (`abc.ABCMeta`, `enum.EnumType`...): calling it with
    three arguments defines a class through the same checks as `type(name, bases, ns)`."""

    __slots__ = ()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if len(args) == 3 and isinstance(args[2], dict):
            name, bases, namespace = args
            bases = tuple(unproxy(b) for b in cast("tuple[Any, ...]", bases))
            return self._rt.define_class(
                name, bases, cast("dict[str, Any]", namespace), metaclass=self._cls, **kwargs
            )
        return self._cls(*args, **kwargs)


#: How deep lazy C iterators (map, zip, filter, enumerate, itertools...) may be nested. Their
#: `next()` recurses in C with no recursion check: 300,000 nested maps crash CPython 3.11.
MAX_ITERATOR_NESTING = 200


def iterator_nesting(
    obj: Any, limit: int = MAX_ITERATOR_NESTING, tick: Callable[[], None] | None = None
) -> int:
    """How deep the chain of lazy C iterators under `obj` goes (counting stops at `limit`).

    The walk goes level by level and visits each iterator once per level, so iterators
    shared by several parents (`z = zip(z, z)` repeated) cost no more than a chain; `tick`
    is called every 1000 visits so a wide walk still answers to the time limit."""
    depth = 0
    level = [obj]
    visits = 0
    while level and depth < limit:
        below: list[Any] = []
        for item in level:
            visits += 1
            if tick is not None and visits % 1000 == 0:
                tick()
            if type(item).__module__ not in ("builtins", "itertools") or not hasattr(
                item, "__next__"
            ):
                continue
            try:
                reduced = item.__reduce__()
            except Exception:
                continue
            if isinstance(reduced, tuple) and len(reduced) >= 2 and isinstance(reduced[1], tuple):  # pyright: ignore[reportUnknownArgumentType]
                below.extend(cast("tuple[Any, ...]", reduced[1]))
                if len(reduced) > 2 and isinstance(reduced[2], tuple):  # pyright: ignore[reportUnknownArgumentType]
                    below.extend(cast("tuple[Any, ...]", reduced[2]))
        # a reduced iterator may hold its sources in a tuple (chain, tuple_iterator...)
        flat: list[Any] = []
        for b in below:
            if type(b) in (tuple, list) and len(b) <= 1000:  # pyright: ignore[reportUnknownArgumentType]
                flat.extend(cast("tuple[Any, ...]", b))
            else:
                flat.append(b)
        seen: set[int] = set()
        level: list[Any] = []
        for b in flat:
            if id(b) not in seen and hasattr(b, "__next__"):
                seen.add(id(b))
                level.append(b)
        if level:
            depth += 1
    return depth


class LazyProxy(ClassProxy):
    """A lazy iterator class (`map`, `zip`...): refuses nesting deeper than `MAX_ITERATOR_NESTING`."""

    __slots__ = ()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        for arg in args:
            if (
                hasattr(arg, "__next__")
                and iterator_nesting(arg, tick=self._rt.slow_tick) >= MAX_ITERATOR_NESTING - 1
            ):
                raise RecursionError(
                    f"{self._cls.__name__}(): iterators nested more than {MAX_ITERATOR_NESTING} deep"
                )
        return self._cls(*args, **kwargs)
