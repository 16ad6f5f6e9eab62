"""Stand-ins for builtin classes whose constructors consume iterables in C.

`list(range(10**10))` would allocate in one uninterruptible C call. The sandbox's `list`,
`tuple`, `set`, `frozenset`, `dict`, `bytes`, `bytearray` and `type` are `ClassProxy`
objects: calling one feeds lazy iterables through the run's ticking view, while
`isinstance`, `issubclass`, subclassing (`class Stack(list)`), generics (`list[int]`),
unions (`list | None`), equality and `repr` behave as the real class does. `type(x)`
returns the proxy for these classes, so `type(x) is list` still holds.

A proxy otherwise behaves as a class object does in CPython: `isinstance(list, type)` holds,
it is not iterable and has no `len()`, and CPython's messages name its type `'type'` (the
proxy classes are named so).
"""

from __future__ import annotations

import builtins
import collections
import contextlib
import operator
import sys
import types
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from ..execute.runtime import CONCRETE
from ..execute.sizes import SMALL_INPUT, encode_size, items_size
from ..names import is_class_proxy

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = [
    "MAX_ITERATOR_NESTING",
    "ClassProxy",
    "LazyProxy",
    "MetaProxy",
    "ProxyAlias",
    "StrProxy",
    "TypeProxy",
    "unproxy",
    "unproxy_params",
]


def unproxy(obj: Any) -> Any:
    """The real class behind a proxy (anything else unchanged)."""
    return obj._cls if is_class_proxy(obj) else obj


def unproxy_params(params: Any) -> Any:
    """Subscription parameters (`dict[str, int]`, `Callable[[str], int]`) with the real
    classes behind proxies, so the alias made from them reads as CPython's."""
    if type(params) is tuple:
        return tuple(unproxy_params(p) for p in cast("tuple[Any, ...]", params))
    if type(params) is list:
        return [unproxy_params(p) for p in cast("list[Any]", params)]
    return unproxy(params)


#: classes whose constructor takes more than one positional argument besides the iterable
#: it consumes (the others take at most one)
_MAX_POSITIONAL: dict[type, int] = {collections.deque: 2}
_BYTES = (bytes, bytearray)


class ClassProxy:
    """The sandbox's name for a builtin class; see the module docstring."""

    __slots__ = ("_cls", "_consumed", "_rt")
    __monty_proxy__ = True
    #: a class object is not iterable nor reversible (without these, `__getitem__` would
    #: make it both)
    __iter__ = None
    __reversed__ = None

    def __init__(self, cls: type[Any], rt: Runtime, consumed: int | None = 0) -> None:
        self._cls = cls
        self._rt = rt
        #: the positional argument the constructor consumes as an iterable (None: none)
        self._consumed = consumed

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        cls = self._cls
        if cls in _BYTES and not args and "source" in kwargs:
            kwargs = dict(kwargs)
            args = (kwargs.pop("source"),)
        text: Any = args[0] if len(args) > 0 else None
        if cls in _BYTES and isinstance(text, str) and len(text) > SMALL_INPUT:
            encoding = args[1] if len(args) > 1 else kwargs.get("encoding", "utf-8")
            errors = args[2] if len(args) > 2 else kwargs.get("errors", "strict")
            self._rt.allocate(encode_size(text, encoding, errors))
        at = self._consumed
        # Only a call the real constructor accepts consumes its argument: any other fails
        # in the constructor's argument checks first, with CPython's message.
        if at is not None and at < len(args) <= _MAX_POSITIONAL.get(cls, at + 1):
            value = args[at]
            if cls in _BYTES:
                if not kwargs:  # with an encoding, the source must be a str
                    args = (*args[:at], self._bytes_source(value), *args[at + 1 :])
            elif type(value) in CONCRETE or isinstance(value, str | bytes | bytearray):
                if len(value) > SMALL_INPUT:
                    self._rt.allocate(items_size(value))
            elif not isinstance(value, int) and not (
                issubclass(cls, dict) and hasattr(value, "keys")
            ):
                args = (*args[:at], self._rt.ticking(value), *args[at + 1 :])
        return cls(*args, **kwargs)  # pyright: ignore[reportUnknownVariableType]

    def _bytes_source(self, source: Any) -> Any:
        """What `bytes(source)` / `bytearray(source)` may be given: a size paid for, or a
        ticking view of an iterable; the other sources are bounded already."""
        tp: type[Any] = builtins.type(source)  # pyright: ignore[reportUnknownVariableType]
        if tp in CONCRETE or tp is str or (self._cls is bytes and hasattr(tp, "__bytes__")):
            return source
        if hasattr(tp, "__index__"):
            size = operator.index(source)
            if size > 0:
                self._rt.allocate(size)
            return size
        try:
            iterator = iter(source)
        except TypeError:
            raise TypeError(
                f"cannot convert '{tp.__name__}' object to {self._cls.__name__}"
            ) from None
        return self._rt.ticking(iterator)

    def __mro_entries__(self, bases: tuple[Any, ...]) -> tuple[type, ...]:
        return (self._cls,)

    def __instancecheck__(self, obj: Any) -> bool:
        return isinstance(obj, self._cls)

    def __subclasscheck__(self, sub: Any) -> bool:
        return issubclass(unproxy(sub), self._cls)

    def __getitem__(self, item: Any) -> Any:
        alias: Any = self._cls[unproxy_params(item)]  # type: ignore[index]
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


#: what `str(x)` converts natively, with no check (its text is bounded by its own size)
_STR_PLAIN = frozenset({str, int, float, bool, type(None)})


class StrProxy(ClassProxy):
    """The sandbox's `str`: `str(x)` of a container first checks what the text would expand
    to (`Runtime.str_args`): `x = [x, x]` repeated makes a small list whose text is
    exponential, written in one C call. Plain values convert with no check."""

    __slots__ = ()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if len(args) == 1 and not kwargs and builtins.type(args[0]) in _STR_PLAIN:
            return str(args[0])
        self._rt.str_args(args, kwargs)
        return str(*args, **kwargs)


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
        alias: Any = super().__getitem__(unproxy_params(item))
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
        if len(args) == 1:
            if kwargs:
                raise TypeError("type() takes no keyword arguments")
            return self._rt.proxy_of(cast("type[Any]", builtins.type(unproxy(args[0]))))
        if len(args) != 3:
            raise TypeError("type() takes 1 or 3 arguments")
        name, bases, namespace = args
        kinds: tuple[type[Any], ...] = (str, tuple, dict)
        for i, (value, kind) in enumerate(zip((name, bases, namespace), kinds, strict=True)):
            if not isinstance(value, kind):
                raise TypeError(
                    f"type.__new__() argument {i + 1} must be {kind.__name__}, "
                    f"not {builtins.type(value).__name__}"
                )
        bases = tuple(unproxy(b) for b in cast("tuple[Any, ...]", bases))
        for base in bases:
            if isinstance(base, type):
                continue
            if hasattr(base, "__mro_entries__"):
                raise TypeError(
                    "type() doesn't support MRO entry resolution; use types.new_class()"
                )
            raise TypeError(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                "subclass of the metaclasses of all its bases"
            )
        namespace = dict(cast("dict[str, Any]", namespace))
        if "__module__" not in namespace:
            module = _caller_module()
            if module is not None:
                namespace["__module__"] = module
        return self._rt.define_class(name, bases, namespace, **kwargs)

    def __instancecheck__(self, obj: Any) -> bool:
        return isinstance(unproxy(obj), self._cls)


def _caller_module() -> Any:
    """`__name__` in the globals of the nearest sandbox frame: what CPython's `type()` gives
    the classes it makes as their `__module__` (the caller's)."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_builtins.get("__m_sandbox__") is True:
            return frame.f_globals.get("__name__")
        frame = frame.f_back
    return None


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


# CPython's messages name the type of a class object: `'type' object is not iterable`.
for _proxy in (ClassProxy, TypeProxy, LazyProxy, StrProxy):
    _proxy.__name__ = _proxy.__qualname__ = "type"
