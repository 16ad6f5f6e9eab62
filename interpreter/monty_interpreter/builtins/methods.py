# pyright: reportUnknownLambdaType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnnecessaryIsInstance=false, reportArgumentType=false
# (sandbox code may call unbound methods with anything: the isinstance checks are real)
"""Guarded replacements for host methods that allocate or loop in C on sandbox input.

The attribute policy serves these instead of the real methods (bound or unbound):

* padding and rewriting methods of `str`/`bytes`/`bytearray` (`ljust`, `center`, `zfill`,
  `expandtabs`, `replace`, `join`, `translate`) report the size of their result first;
* `str.format` / `str.format_map` resolve fields through the policy (`SafeFormatter`);
* methods that consume an iterable in C (`list.extend`, `set.update`, `dict.fromkeys`,
  `deque.extend`, `Counter.update`...) get the run's ticking view of it;
* arithmetic dunders called by name (`'a'.__mul__(n)`, `(2).__pow__(n)`, `x.__format__(spec)`)
  go through the same guards as the operators.
"""

from __future__ import annotations

import collections
import functools
import operator
import sys
from collections.abc import Callable, MutableMapping
from typing import TYPE_CHECKING, Any, cast

from ..execute.runtime import CONCRETE, CURRENT
from ..execute.sizes import (
    SMALL_INPUT,
    encode_size,
    split_pieces,
    split_size,
    splitlines_pieces,
)

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["METHODS", "guarded_methods"]

Impl = Callable[..., Any]
Accessor = Callable[[Any], Any]

_TEXT = (str, bytes, bytearray)
#: (type, method) -> indices of positional arguments that are consumed iterables (None: all)
_CONSUMERS: dict[tuple[type, str], tuple[int, ...] | None] = {
    **{(list, n): None for n in ("extend", "__iadd__", "__init__")},
    **{
        (set, n): None
        for n in [
            "update",
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "issubset",
            "issuperset",
            "isdisjoint",
            "intersection_update",
            "difference_update",
            "symmetric_difference_update",
            "__init__",
        ]
    },
    **{
        (frozenset, n): None
        for n in [
            "union",
            "intersection",
            "difference",
            "symmetric_difference",
            "issubset",
            "issuperset",
            "isdisjoint",
        ]
    },
    (dict, "update"): None,
    (dict, "__init__"): None,
    (dict, "fromkeys"): (0,),
    (bytearray, "extend"): None,
    (collections.deque, "extend"): None,
    (collections.deque, "extendleft"): None,
    (collections.deque, "__init__"): (0,),
    (collections.Counter, "update"): None,
    (collections.OrderedDict, "update"): None,
    (collections.OrderedDict, "__init__"): None,
    (MutableMapping, "update"): None,
    (collections.Counter, "subtract"): None,
}
_CLASS_METHODS = {(dict, "fromkeys")}


def _char_size(s: Any) -> int:
    return 1 if not isinstance(s, str) or s.isascii() else 4


class _CurrentRuntime:
    """Forwards to the runtime of the run executing on this thread/task (`CURRENT`)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(CURRENT.get(), name)


def guarded_methods() -> dict[tuple[type, str], Accessor]:
    """The (type, name) -> accessor table, built once; impls act on the current run."""
    rt = cast("Runtime", _CurrentRuntime())
    table: dict[tuple[type, str], Accessor] = {}

    def add(tp: type, name: str, impl: Impl, *, classmethod_: bool = False) -> None:
        def accessor(obj: Any) -> Any:
            if classmethod_:
                cls = obj if isinstance(obj, type) else type(obj)
                return lambda *a, **k: impl(cls, *a, **k)
            if isinstance(obj, type):
                return impl
            return functools.partial(impl, obj)

        table[(tp, name)] = accessor

    def sized(extra: int) -> None:
        if extra > 4096:
            rt.allocate(extra)

    # -- padding and rewriting ------------------------------------------------------------
    for tp in _TEXT:
        real = tp

        def pad(name: str, real: type = real) -> Impl:
            method = getattr(real, name)

            def impl(self: Any, *args: Any) -> Any:
                if args and type(args[0]) is int:
                    sized(args[0] * _char_size(self))
                return method(self, *args)

            return impl

        for name in ("ljust", "rjust", "center", "zfill"):
            add(tp, name, pad(name))

        def expandtabs(self: Any, *args: Any, real: type = real, **kwargs: Any) -> Any:
            tabsize = args[0] if args else kwargs.get("tabsize", 8)
            if type(tabsize) is int and tabsize > 0 and isinstance(self, _TEXT):
                tab = "\t" if isinstance(self, str) else b"\t"
                sized(self.count(tab) * tabsize * _char_size(self))
            return real.expandtabs(self, *args, **kwargs)  # type: ignore[attr-defined]

        def replace(self: Any, *args: Any, real: type = real) -> Any:
            if len(args) >= 2 and isinstance(self, _TEXT):
                old, new = args[0], args[1]
                count = args[2] if len(args) > 2 else -1
                if isinstance(old, _TEXT) and isinstance(new, _TEXT) and len(new) > len(old):
                    hits = self.count(old) if old else len(self) + 1
                    if type(count) is int and count >= 0:
                        hits = min(hits, count)
                    sized(hits * (len(new) - len(old)) * _char_size(new))
            return real.replace(self, *args)  # type: ignore[attr-defined]

        def join(self: Any, *args: Any, real: type = real) -> Any:
            if len(args) != 1 or not isinstance(self, _TEXT):
                return real.join(self, *args)  # type: ignore[attr-defined]
            parts = list(rt.ticking(args[0]))
            if parts:
                total = len(self) * (len(parts) - 1)
                total += sum(len(p) for p in parts if isinstance(p, _TEXT))
                sized(total * _char_size(self))
            return real.join(self, parts)  # type: ignore[attr-defined]

        add(tp, "expandtabs", expandtabs)
        add(tp, "replace", replace)
        add(tp, "join", join)

    def translate(self: str, *args: Any) -> str:
        table = args[0] if len(args) == 1 else None
        if isinstance(self, str) and isinstance(table, dict) and table:
            longest = max((len(v) for v in table.values() if isinstance(v, str)), default=1)  # type: ignore[union-attr]
            sized(len(self) * longest * 4)
        return str.translate(self, *args)

    add(str, "translate", translate)
    _add_multipliers(add, table, rt)

    def format_(self: str, *args: Any, **kwargs: Any) -> str:
        if type(self) is not str and not isinstance(self, str):
            raise TypeError(
                f"descriptor 'format' for 'str' objects doesn't apply to a '{type(self).__name__}' object"
            )
        return rt.formatter.vformat(self, args, kwargs)

    def format_map(self: str, mapping: Any) -> str:
        return rt.formatter.vformat(self, (), mapping)

    add(str, "format", format_)
    add(str, "format_map", format_map)

    def to_bytes(self: int, *args: Any, **kwargs: Any) -> bytes:
        length = args[0] if args else kwargs.get("length", 1)
        if type(length) is int:
            sized(length)
        return int.to_bytes(self, *args, **kwargs)

    add(int, "to_bytes", to_bytes)

    def range_search(name: str) -> Impl:
        method = getattr(range, name)

        def impl(self: range, *args: Any) -> Any:
            value = args[0] if len(args) == 1 else None
            if (
                len(args) == 1
                and isinstance(self, range)
                and type(value) not in (int, bool)
                and len(self) > 100_000
            ):
                if name == "count":
                    return sum(1 for x in rt.tick_each(self) if x == value)
                for i, x in enumerate(rt.tick_each(self)):
                    if x == value:
                        return i
                raise ValueError("sequence.index(x): x not in sequence")
            return method(self, *args)

        return impl

    add(range, "count", range_search("count"))
    add(range, "index", range_search("index"))

    # -- consumers of iterables ------------------------------------------------------------
    def consumer(tp: type, name: str, positions: tuple[int, ...] | None) -> Impl:
        method = getattr(tp, name)

        def wrap_arg(value: Any) -> Any:
            if type(value) in CONCRETE or isinstance(value, str | bytes | bytearray):
                return rt.items(value) if len(value) > SMALL_INPUT else value
            if isinstance(value, int) or hasattr(value, "keys"):
                return value
            if not hasattr(type(value), "__iter__"):
                return value
            return rt.ticking(value)

        def impl(self: Any, *args: Any, **kwargs: Any) -> Any:
            args = tuple(
                wrap_arg(a) if positions is None or i in positions else a
                for i, a in enumerate(args)
            )
            return method(self, *args, **kwargs)

        return impl

    for (tp, name), positions in _CONSUMERS.items():
        if (tp, name) in _CLASS_METHODS:
            descriptor = tp.__dict__[name]

            def fromkeys(
                cls: type, iterable: Any, value: Any = None, descriptor: Any = descriptor
            ) -> Any:
                source = iterable if type(iterable) in CONCRETE else rt.ticking(iterable)
                return descriptor.__get__(None, cls)(source, value)

            add(tp, name, fromkeys, classmethod_=True)
        else:
            add(tp, name, consumer(tp, name, positions))

    # -- operator dunders called by name ---------------------------------------------------
    def int_division(name: str) -> Impl:
        """`int.<name>` (a division) with its time predicted first."""
        real = getattr(int, name)
        reflected = name.startswith("__r")

        def impl(a: Any, b: Any) -> Any:
            if isinstance(a, int) and isinstance(b, int):
                rt.div_cost(b, a) if reflected else rt.div_cost(a, b)
            return real(a, b)

        return impl

    def int_round(self: Any, *args: Any) -> Any:
        """`int.__round__(x, ndigits)`: a huge negative `ndigits` goes through the guard."""
        if isinstance(self, int) and len(args) == 1 and args[0] is not None:
            ndigits = operator.index(args[0])
            if ndigits < 0:
                return rt.round_int(self, ndigits)
            args = (ndigits,)
        return int.__round__(self, *args)

    ops: dict[str, Impl] = {
        "__mul__": lambda a, b: rt.mul(a, b),
        "__rmul__": lambda a, b: rt.mul(b, a),
        "__imul__": lambda a, b: rt.imul(a, b),
        "__pow__": lambda a, b, m=None: rt.pow(a, b) if m is None else rt.powmod(a, b, m),
        "__rpow__": lambda a, b, m=None: rt.pow(b, a) if m is None else rt.powmod(b, a, m),
        "__lshift__": lambda a, b: rt.lshift(a, b),
        "__rlshift__": lambda a, b: rt.lshift(b, a),
        "__mod__": lambda a, b: rt.mod(a, b),
        "__rmod__": lambda a, b: rt.mod(b, a),
        "__add__": lambda a, b: rt.add(a, b),
        "__radd__": lambda a, b: rt.add(b, a),
        "__iadd__": lambda a, b: rt.iadd(a, b),
        "__format__": lambda a, spec: rt.format(a, spec),
    }
    for tp in (int, bool, float, complex, str, bytes, bytearray, list, tuple, object):
        for name, impl in ops.items():
            if name in tp.__dict__ and (tp, name) not in table:
                add(tp, name, impl)
    # integer division is quadratic in CPython 3.11: only int's own methods need the guard
    int_ops: dict[str, Impl] = {
        name: int_division(name)
        for name in (
            "__floordiv__",
            "__rfloordiv__",
            "__divmod__",
            "__rdivmod__",
            "__mod__",
            "__rmod__",
        )
    }
    int_ops["__round__"] = int_round
    for name, impl in int_ops.items():
        add(int, name, impl)
    _ = sys
    return table


def _arg(args: tuple[Any, ...], kwargs: dict[str, Any], index: int, name: str, default: Any) -> Any:
    """Argument `index` (or keyword `name`) of a call, `default` when absent."""
    if len(args) > index:
        return args[index]
    return kwargs.get(name, default)


def _add_multipliers(
    add: Callable[..., None], table: dict[tuple[type, str], Accessor], rt: Runtime
) -> None:
    """Text methods whose result is bigger than their input (a list of pieces, an encoding,
    a hex dump, a case change): above `SMALL_INPUT` they report their result's size first.
    The lowered code calls the host methods natively on small text (`SIZED_METHODS`)."""

    def big(self: Any) -> bool:
        return isinstance(self, _TEXT) and len(self) > SMALL_INPUT

    def splitter(tp: type, name: str) -> Impl:
        method = getattr(tp, name)

        def impl(self: Any, *args: Any, **kwargs: Any) -> Any:
            if big(self):
                sep, maxsplit = (
                    _arg(args, kwargs, 0, "sep", None),
                    _arg(args, kwargs, 1, "maxsplit", -1),
                )
                rt.allocate(split_size(self, split_pieces(self, sep, maxsplit)))
            return method(self, *args, **kwargs)

        return impl

    def lines(tp: Any) -> Impl:
        method = tp.splitlines

        def impl(self: Any, *args: Any, **kwargs: Any) -> Any:
            if big(self):
                rt.allocate(split_size(self, splitlines_pieces(self)))
            return method(self, *args, **kwargs)

        return impl

    def copier(tp: type, name: str, pieces: int) -> Impl:
        method = getattr(tp, name)

        def impl(self: Any, *args: Any, **kwargs: Any) -> Any:
            if big(self):
                rt.allocate(split_size(self, pieces))
            return method(self, *args, **kwargs)

        return impl

    def hexer(tp: Any) -> Impl:
        method = tp.hex

        def impl(self: Any, *args: Any, **kwargs: Any) -> Any:
            if big(self):
                sep = _arg(args, kwargs, 0, "sep", None)
                rt.allocate(len(self) * (3 if sep is not None else 2) + 64)
            return method(self, *args, **kwargs)

        return impl

    def recase(name: str) -> Impl:
        method = getattr(str, name)

        def impl(self: Any, *args: Any, **kwargs: Any) -> Any:
            if big(self) and isinstance(self, str) and not self.isascii():
                rt.allocate(len(self) * 3 * 4)  # 'ß'.upper() == 'SS', up to 3 characters
            return method(self, *args, **kwargs)

        return impl

    def encode(self: Any, *args: Any, **kwargs: Any) -> Any:
        if big(self):
            encoding = _arg(args, kwargs, 0, "encoding", "utf-8")
            rt.allocate(encode_size(self, encoding, _arg(args, kwargs, 1, "errors", "strict")))
        return str.encode(self, *args, **kwargs)

    def decoder(tp: Any) -> Impl:
        method = tp.decode

        def impl(self: Any, *args: Any, **kwargs: Any) -> Any:
            if big(self):
                encoding = _arg(args, kwargs, 0, "encoding", "utf-8")
                plain = encoding in ("latin-1", "latin1", "ascii") or self.isascii()
                rt.allocate(len(self) * (1 if plain else 4) + 64)
            return method(self, *args, **kwargs)

        return impl

    def sized(tp: type, name: str, impl: Impl) -> None:
        def accessor(obj: Any) -> Any:
            if type(obj) is tp and len(obj) <= SMALL_INPUT:
                return getattr(obj, name)  # small: the host method itself
            if isinstance(obj, type):
                return impl
            return functools.partial(impl, obj)

        table[(tp, name)] = accessor

    for tp in _TEXT:
        for name in ("split", "rsplit"):
            sized(tp, name, splitter(tp, name))
        sized(tp, "splitlines", lines(tp))
        sized(tp, "partition", copier(tp, "partition", 3))
        sized(tp, "rpartition", copier(tp, "rpartition", 3))
    for tp in (bytes, bytearray):
        sized(tp, "hex", hexer(tp))
        sized(tp, "decode", decoder(tp))
    sized(str, "encode", encode)
    for name in ("upper", "lower", "casefold", "title", "swapcase", "capitalize"):
        sized(str, name, recase(name))

    def bytearray_init(self: Any, *args: Any, **kwargs: Any) -> None:
        args, kwargs = rt.constructor_args(bytearray, args, kwargs)
        bytearray.__init__(self, *args, **kwargs)

    def new_guard(tp: type) -> Impl:
        def impl(cls: Any, *args: Any, **kwargs: Any) -> Any:
            from .proxies import unproxy

            args, kwargs = rt.constructor_args(tp, args, kwargs)
            return tp.__new__(unproxy(cls), *args, **kwargs)

        return impl

    add(bytearray, "__init__", bytearray_init)
    for tp in (bytes, tuple, frozenset, str):
        add(tp, "__new__", new_guard(tp))


#: The guarded-method table shared by every run.
METHODS = guarded_methods()
