"""Sandbox builtins written in Python, dressed as CPython's own builtin functions.

`builtin_function('sum', sum_)` gives an object that the sandbox sees exactly as it sees
CPython's `sum`: `repr` is `<built-in function sum>`, `__name__`, `__qualname__`,
`__module__` and `__doc__` are the real builtin's, `type(sum)` is
`builtin_function_or_method` (the run maps the wrapper's class to it, see `WRAPPER_TYPES`),
and `isinstance(sum, type(len))` holds. It exposes nothing else: no `__self__`,
`__wrapped__`, `__closure__`, `__globals__` or `__code__` (it has none of them), no
`__dict__`, and `sum.__call__` is the wrapper itself.

Each wrapper class holds its implementation as a static `__call__`, so a call costs one
Python frame. Implementations take every argument shape (`*extra`, `**kw` catch-alls with
`NO` defaults) and raise CPython's own messages for wrong ones with the helpers below.
"""

from __future__ import annotations

import builtins as _py
import types
from collections.abc import Callable
from typing import Any, cast

from ..policy import SPECIAL, register_host_type

__all__ = [
    "NO",
    "WRAPPER_TYPES",
    "BuiltinFunction",
    "builtin_function",
    "clinic_args",
    "no_keywords_error",
    "one_argument_error",
    "positional",
    "unpack_error",
]


class _Missing:
    """The default of an argument the caller did not pass (the sandbox cannot name it)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<no argument>"


#: An argument the caller did not pass.
NO: Any = _Missing()

_FUNCTION_META = frozenset({"__name__", "__qualname__", "__doc__", "__module__"})


class BuiltinFunction:
    """Base of the sandbox's Python-implemented builtins (see the module docstring)."""

    __slots__ = ("__name__", "__qualname__")

    def __new__(cls, *args: Any, **kwargs: Any) -> BuiltinFunction:
        raise TypeError("cannot create 'builtin_function_or_method' instances")

    @property
    def __class__(self) -> type:  # pyright: ignore[reportIncompatibleMethodOverride]
        """What `isinstance` and `obj.__class__` see: CPython's builtin function type."""
        return types.BuiltinFunctionType

    def __repr__(self) -> str:
        return f"<built-in function {self.__name__}>"


#: wrapper class -> what `type(wrapper)` gives the sandbox
WRAPPER_TYPES: dict[type, type] = {}


def builtin_function(name: str, impl: Callable[..., Any]) -> BuiltinFunction:
    """The sandbox's `name` builtin, implemented by `impl`."""
    real = getattr(_py, name)
    cls = type(
        "builtin_function_or_method",
        (BuiltinFunction,),
        {
            "__slots__": (),
            "__call__": staticmethod(impl),
            "__doc__": real.__doc__,
            "__module__": "builtins",
        },
    )
    fn = cast(BuiltinFunction, object.__new__(cls))
    fn.__name__ = fn.__qualname__ = name
    WRAPPER_TYPES[cls] = types.BuiltinFunctionType
    register_host_type(cls, _FUNCTION_META)
    SPECIAL[(cls, "__call__")] = lambda f: f
    return fn


# -- CPython's messages for wrong arguments -----------------------------------------------


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def positional(*values: Any) -> tuple[Any, ...]:
    """The positional arguments a call passed: `values` up to the first `NO`."""
    out: list[Any] = []
    for value in values:
        if value is NO:
            break
        out.append(value)
    return tuple(out)


def no_keywords_error(name: str) -> TypeError:
    """`name() takes no keyword arguments`."""
    return TypeError(f"{name}() takes no keyword arguments")


def one_argument_error(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> TypeError:
    """The error of a one-argument builtin (`hash`, `any`...) called with other arguments."""
    if kwargs:
        return no_keywords_error(name)
    return TypeError(f"{name}() takes exactly one argument ({len(args)} given)")


def unpack_error(
    name: str, args: tuple[Any, ...], kwargs: dict[str, Any], low: int, high: int
) -> TypeError:
    """The error of a builtin taking `low` to `high` positional arguments and no keywords
    (`getattr`, `iter`, `format`...), called with other arguments."""
    n = len(args)
    if kwargs:
        return no_keywords_error(name)
    if n < low:
        return TypeError(
            f"{name} expected {'' if low == high else 'at least '}{low} argument{_s(low)}, got {n}"
        )
    return TypeError(
        f"{name} expected {'' if low == high else 'at most '}{high} argument{_s(high)}, got {n}"
    )


def clinic_args(
    name: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    params: tuple[str, ...],
    *,
    posonly: int,
    required: int,
    maxpos: int | None = None,
) -> list[Any]:
    """Bind `args` and `kwargs` to `params` as CPython's Argument Clinic does (the first
    `posonly` are positional-only, the first `required` required, those past `maxpos`
    keyword-only); raises its messages. Missing optional arguments are `NO`."""
    nargs, nkw, maxargs = len(args), len(kwargs), len(params)
    maxpos = maxargs if maxpos is None else maxpos
    if nargs + nkw > maxargs:
        keyword = "keyword " if nargs == 0 else ""
        raise TypeError(
            f"{name}() takes at most {maxargs} {keyword}argument{_s(maxargs)} ({nargs + nkw} given)"
        )
    if nargs > maxpos:
        how = "at most" if required < maxpos else "exactly"
        raise TypeError(
            f"{name}() takes {how} {maxpos} positional argument{_s(maxpos)} ({nargs} given)"
        )
    minposonly = min(posonly, required)
    if nargs < minposonly:
        how = "at least" if minposonly < maxpos else "exactly"
        raise TypeError(
            f"{name}() takes {how} {minposonly} positional argument{_s(minposonly)} ({nargs} given)"
        )
    values: list[Any] = [*args, *[NO] * (maxargs - nargs)]
    left = nkw
    for i in range(max(nargs, posonly), maxargs):
        value = kwargs.get(params[i], NO) if nkw else NO
        values[i] = value
        if value is not NO:
            left -= 1
        elif i < required:
            raise TypeError(f"{name}() missing required argument '{params[i]}' (pos {i + 1})")
    if left:
        for i in range(posonly, nargs):
            if params[i] in kwargs:
                raise TypeError(
                    f"argument for {name}() given by name ('{params[i]}') and position ({i + 1})"
                )
        for key in kwargs:
            if key not in params[posonly:]:
                raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
    return values
