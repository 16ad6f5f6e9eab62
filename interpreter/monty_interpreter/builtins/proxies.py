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
from ..execute.sizes import SMALL_INPUT
from ..names import is_class_proxy

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["MAX_ITERATOR_NESTING", "ClassProxy", "LazyProxy", "TypeProxy", "unproxy"]


def unproxy(obj: Any) -> Any:
    """The real class behind a proxy (anything else unchanged)."""
    return obj._cls if is_class_proxy(obj) else obj


class ClassProxy:
    """The sandbox's name for a builtin class; see the module docstring."""

    __slots__ = ("_cls", "_rt")
    __monty_proxy__ = True

    def __init__(self, cls: type[Any], rt: Runtime) -> None:
        self._cls = cls
        self._rt = rt

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if args:
            first = args[0]
            if type(first) not in CONCRETE or len(first) > SMALL_INPUT:
                args, kwargs = self._rt.constructor_args(self._cls, args, kwargs)
        elif kwargs:
            args, kwargs = self._rt.constructor_args(self._cls, args, kwargs)
        return self._cls(*args, **kwargs)  # pyright: ignore[reportUnknownVariableType]

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


#: How deep lazy C iterators (map, zip, filter, enumerate, itertools...) may be nested. Their
#: `next()` recurses in C with no recursion check: 300,000 nested maps crash CPython 3.11.
MAX_ITERATOR_NESTING = 200


def iterator_nesting(obj: Any, limit: int = MAX_ITERATOR_NESTING) -> int:
    """How deep the chain of lazy C iterators under `obj` goes (counting stops at `limit`)."""
    depth = 0
    level = [obj]
    while level and depth < limit:
        below: list[Any] = []
        for item in level:
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
        level = [b for b in flat if hasattr(b, "__next__")]
        if level:
            depth += 1
    return depth


class LazyProxy(ClassProxy):
    """A lazy iterator class (`map`, `zip`...): refuses nesting deeper than `MAX_ITERATOR_NESTING`."""

    __slots__ = ()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        for arg in args:
            if hasattr(arg, "__next__") and iterator_nesting(arg) >= MAX_ITERATOR_NESTING - 1:
                raise RecursionError(
                    f"{self._cls.__name__}(): iterators nested more than {MAX_ITERATOR_NESTING} deep"
                )
        return self._cls(*args, **kwargs)
