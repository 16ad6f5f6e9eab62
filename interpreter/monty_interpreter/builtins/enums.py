"""The Enum functional API (`Enum('Color', 'RED GREEN')`) through the class-definition checks.

CPython's `EnumType.__call__(cls, name, names)` builds a class with `cls._create_`, which
puts every member name into the new class's namespace: `Enum('F', [('__del__', f)])` would
define a finalizer that a class statement or `type()` refuses. In the sandbox:

* `enum.Enum`, `IntEnum`, `Flag`, `IntFlag` and `StrEnum` are `EnumProxy` stand-ins whose
  call takes the functional form through `create_enum`;
* every enum class the sandbox defines (by a class statement, `type()`, or the functional
  API itself) gets a `_create_` of its own in its namespace, which `EnumType.__call__` finds
  before the metaclass's (`Base('F', names)` on a member-less sandbox enum); the policy
  refuses overwriting or deleting it;
* `EnumType.__call__`, read as an attribute, is the guarded `enum_call`.

`create_enum` reads the names the way `_create_` does (a lazy iterable ticks), refuses dunder,
reserved and non-string member names, checks the bases (`type=` mixes one in) as a class
statement's are, and hands CPython's `_create_` the normalised list.
"""

from __future__ import annotations

import enum
import sys
from typing import TYPE_CHECKING, Any, cast

from ..execute.runtime import CURRENT
from ..names import INTERNAL_PREFIX, is_dunder
from .proxies import ClassProxy, unproxy

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["ENUM_BASES", "EnumProxy", "create_enum", "enum_call", "guard_enum_class"]

#: the host enum classes the sandbox names through `EnumProxy`
ENUM_BASES: tuple[type, ...] = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag, enum.StrEnum)
_REAL_CREATE: Any = getattr(enum.EnumType, "_create_")  # noqa: B009  # private, untyped
_REAL_CALL: Any = enum.EnumType.__call__


def _exact(name: Any) -> Any:
    """A str subclass instance as a plain str copy (its own methods never run); the rest
    unchanged."""
    if isinstance(name, str) and type(name) is not str:
        return str.__getitem__(name, slice(None))
    return name


def _check_name(owner: str, name: Any) -> str:
    """Refuse a member name a class statement could not bind."""
    if not isinstance(name, str):
        raise TypeError(
            f"{owner}(): member names must be strings in the sandbox, not {type(name).__name__}"
        )
    if is_dunder(name) or name.startswith(INTERNAL_PREFIX):
        raise TypeError(f"{owner}(): defining {name} is not supported in the sandbox")
    return name


def _normalise(rt: Runtime, owner: str, names: Any) -> Any:
    """`names` as `_create_` would read it, checked: a list of plain-str names or of
    (plain-str name, value) pairs (None stays None)."""
    if names is None:
        return None
    if isinstance(names, str):
        names = str.split(str.replace(_exact(names), ",", " "))
    if isinstance(names, tuple | list) and names and isinstance(names[0], str):
        items = cast("list[Any]", names)
        return [_check_name(owner, _exact(n)) for n in rt.items(items)]
    pairs: list[tuple[str, Any]] = []
    source: Any = cast(Any, names)
    for item in rt.items(source):
        if isinstance(item, str):
            pairs.append((_check_name(owner, _exact(item)), source[item]))
        else:
            member_name, member_value = item
            pairs.append((_check_name(owner, _exact(member_name)), member_value))
    return pairs


def _caller_module() -> Any:
    """`__name__` of the nearest sandbox frame: the module CPython's frame hack would find."""
    frame = sys._getframe(1)  # pyright: ignore[reportPrivateUsage]
    while frame is not None:
        if frame.f_builtins.get("__m_sandbox__") is True:
            return frame.f_globals.get("__name__", "__main__")
        frame = frame.f_back
    return "__main__"


def create_enum(
    cls: Any,
    class_name: Any,
    names: Any,
    *,
    module: Any = None,
    qualname: Any = None,
    type: Any = None,  # CPython's keyword
    start: Any = 1,
    boundary: Any = None,
) -> Any:
    """`cls._create_(class_name, names, ...)` for the sandbox (see the module docstring)."""
    from ..modules import check_bases
    from . import guard_construction

    rt = CURRENT.get()
    cls = unproxy(cls)
    mixin = unproxy(type)
    owner = getattr(cls, "__name__", "Enum")
    bases = (cls,) if mixin is None else (mixin, cls)
    check_bases(rt, str(class_name), bases, {})
    checked = _normalise(rt, owner, names)
    if module is None:
        module = _caller_module()
    new = _REAL_CREATE(
        cls,
        class_name,
        checked,
        module=module,
        qualname=qualname,
        type=mixin,
        start=start,
        boundary=boundary,
    )
    return guard_construction(guard_enum_class(rt.register_class(new)))


def enum_call(
    cls: Any,
    value: Any,
    names: Any = None,
    *,
    module: Any = None,
    qualname: Any = None,
    type: Any = None,  # CPython's keyword
    start: Any = 1,
    boundary: Any = None,
) -> Any:
    """`EnumType.__call__`: a member lookup, or the functional API through `create_enum`."""
    cls = unproxy(cls)
    if names is None:
        return _REAL_CALL(cls, value)
    return create_enum(
        cls,
        value,
        names,
        module=module,
        qualname=qualname,
        type=type,
        start=start,
        boundary=boundary,
    )


enum_call.__name__ = "__call__"
enum_call.__qualname__ = "EnumType.__call__"


def _guarded_create(
    cls: Any,
    class_name: Any,
    names: Any,
    *,
    module: Any = None,
    qualname: Any = None,
    type: Any = None,  # CPython's keyword
    start: Any = 1,
    boundary: Any = None,
) -> Any:
    """The `_create_` every sandbox enum class holds (what `EnumType.__call__` calls)."""
    return create_enum(
        cls,
        class_name,
        names,
        module=module,
        qualname=qualname,
        type=type,
        start=start,
        boundary=boundary,
    )


_guarded_create.__name__ = "_create_"
_guarded_create.__qualname__ = "EnumType._create_"
_GUARDED_CREATE = classmethod(_guarded_create)


def guard_enum_class(cls: Any) -> Any:
    """Give a sandbox enum class its own guarded `_create_` (other classes unchanged)."""
    if isinstance(cls, enum.EnumType) and cls.__dict__.get("_create_") is not _GUARDED_CREATE:
        type.__setattr__(cls, "_create_", _GUARDED_CREATE)
    return cls


class EnumProxy(ClassProxy):
    """The sandbox's `enum.Enum` (and `IntEnum`, `Flag`...): calling it goes through
    `enum_call`; subclassing, `isinstance` and attribute reads reach the real class."""

    __slots__ = ()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return enum_call(self._cls, *args, **kwargs)


EnumProxy.__name__ = EnumProxy.__qualname__ = "EnumType"
