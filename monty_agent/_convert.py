"""Values leaving the sandbox: converted to plain data, never live sandbox objects.

Containers are copied with C-level methods (`list.copy`, `dict.copy`...) so that no
sandbox-defined `__iter__`, `__str__` or `__eq__` runs on the host after the run.
"""

from __future__ import annotations

import collections
import datetime
import decimal
import enum
import fractions
import types
import uuid
from collections.abc import Callable, Iterator
from typing import Any, cast

from monty_interpreter.names import is_class_proxy
from monty_interpreter.records import Record

__all__ = ["MAX_DEPTH", "MontyObject", "to_plain"]

#: How deeply plain data may nest (containers and objects inside each other). Deeper values
#: are refused with `RecursionError` rather than converted: the host's own tools (json,
#: pydantic, repr) would fail on them anyway.
MAX_DEPTH = 300

MontyObject = Record

_ATOMS = (type(None), bool, int, float, complex, str, bytes)
_VALUE_TYPES = (
    datetime.date,
    datetime.time,
    datetime.timedelta,
    datetime.timezone,
    decimal.Decimal,
    fractions.Fraction,
    uuid.UUID,
)


# C-level copies, bound once with precise types (the unbound methods are generic in typeshed).
_list_copy = cast("Callable[[list[Any]], list[Any]]", list.copy)  # pyright: ignore[reportUnknownMemberType]
_dict_copy = cast("Callable[[dict[Any, Any]], dict[Any, Any]]", dict.copy)  # pyright: ignore[reportUnknownMemberType]
_set_copy = cast("Callable[[set[Any]], set[Any]]", set.copy)  # pyright: ignore[reportUnknownMemberType]
_tuple_slice = cast(
    "Callable[[tuple[Any, ...], slice], tuple[Any, ...]]",
    tuple.__getitem__,  # pyright: ignore[reportUnknownMemberType]
)
_frozenset_iter = cast("Callable[[frozenset[Any]], Iterator[Any]]", frozenset.__iter__)  # pyright: ignore[reportUnknownMemberType]


def to_plain(value: Any, sandbox_classes: set[type] | frozenset[type] = frozenset()) -> Any:
    """Convert a sandbox value to plain data (see the module docstring)."""
    return _Converter(sandbox_classes).convert(value)


class _Converter:
    def __init__(self, sandbox_classes: set[type] | frozenset[type]) -> None:
        self.sandbox_classes = sandbox_classes
        self.memo: dict[int, Any] = {}
        self.depth = 0

    def convert(self, value: Any) -> Any:
        tp = cast("type[Any]", type(value))
        if tp in _ATOMS or (isinstance(value, _VALUE_TYPES) and tp.__module__ != "__main__"):
            return value
        key = id(value)
        if key in self.memo:
            return self.memo[key]
        if self.depth >= MAX_DEPTH:
            raise RecursionError(
                f"value nested more than {MAX_DEPTH} levels deep cannot be converted to plain data"
            )
        self.depth += 1
        try:
            return self._convert(value, tp, key)
        finally:
            self.depth -= 1

    def _convert(self, value: Any, tp: type[Any], key: int) -> Any:
        if isinstance(value, list):
            out: list[Any] = []
            self.memo[key] = out
            for v in _list_copy(cast("list[Any]", value)):
                out.append(self.convert(v))
            return out
        if isinstance(value, tuple):
            items = _tuple_slice(cast("tuple[Any, ...]", value), slice(None))
            fields: Any = getattr(tp, "_fields", None) if tp in self.sandbox_classes else None
            converted_items: list[Any] = []
            for v in items:
                converted_items.append(self.convert(v))
            converted = tuple(converted_items)
            if isinstance(fields, tuple) and len(cast("tuple[Any, ...]", fields)) == len(converted):
                names = cast("tuple[str, ...]", fields)
                return MontyObject(tp.__name__, dict(zip(names, converted, strict=True)))
            return converted
        if isinstance(value, dict):
            result: dict[Any, Any] = {}
            self.memo[key] = result
            for k, v in _dict_copy(cast("dict[Any, Any]", value)).items():
                result[self._key(k)] = self.convert(v)
            return result
        if isinstance(value, set | frozenset):
            members = (
                set(_frozenset_iter(cast("frozenset[Any]", value)))
                if isinstance(value, frozenset)
                else _set_copy(cast("set[Any]", value))
            )
            keys: list[Any] = []
            for v in members:
                keys.append(self._key(v))
            return frozenset(keys) if isinstance(value, frozenset) else set(keys)
        if isinstance(value, Record):
            record = Record(value.type_name, {})
            self.memo[key] = record
            object.__setattr__(record, "_attrs", self._values(value.attributes))
            return record
        if isinstance(value, enum.Enum):
            state = _instance_dict(value)
            return MontyObject(
                tp.__name__,
                {"name": state.get("_name_"), "value": self.convert(state.get("_value_"))},
            )
        if isinstance(value, collections.deque):
            items_: list[Any] = []
            for v in list(cast("collections.deque[Any]", value)):
                items_.append(self.convert(v))
            return items_
        if isinstance(value, range):
            return value
        if isinstance(value, bool):
            return bool(value)
        if isinstance(value, int):
            return int.__add__(value, 0)
        if isinstance(value, float):
            return float.__add__(value, 0.0)
        if isinstance(value, str):
            return str.__getitem__(value, slice(None))
        if isinstance(value, bytes | bytearray):
            return (
                bytes(bytearray(value))
                if isinstance(value, bytearray)
                else bytes.__getitem__(value, slice(None))
            )
        if tp in self.sandbox_classes:
            attrs = _instance_state(value)
            record = MontyObject(tp.__name__, {})
            self.memo[key] = record
            object.__setattr__(record, "_attrs", self._values(_dict_copy(attrs)))
            return record
        return MontyObject(_describe(value), {})

    def _values(self, mapping: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in mapping.items():
            out[k] = self.convert(v)
        return out

    def _key(self, value: Any) -> Any:
        converted = self.convert(value)
        try:
            hash(converted)
        except TypeError:
            return repr(converted)
        return converted


def _instance_dict(value: Any) -> dict[str, Any]:
    try:
        return cast("dict[str, Any]", object.__getattribute__(value, "__dict__"))
    except AttributeError:
        return {}


def _instance_state(value: Any) -> dict[str, Any]:
    """An instance's attributes: its `__dict__` plus filled `__slots__`, read without running
    any sandbox code (only the instance dict and C-level slot descriptors are touched)."""
    state = dict(_instance_dict(value))
    for klass in type(value).__mro__:
        for name, member in vars(klass).items():
            if type(member) is types.MemberDescriptorType and name not in state:
                try:
                    state[name] = member.__get__(value, type(value))  # pyright: ignore[reportUnknownArgumentType]
                except AttributeError:
                    continue
    return state


def _describe(value: Any) -> str:
    real = getattr(value, "_cls", None) if is_class_proxy(value) else None
    if isinstance(real, type):
        value = real
    if isinstance(value, type):
        return f"<class '{value.__qualname__}'>"
    if isinstance(value, types.BuiltinFunctionType):
        return f"<built-in function {value.__name__}>"
    if isinstance(value, types.FunctionType | types.MethodType):
        name = getattr(value, "__qualname__", "?")
        return f"<function {name.rpartition('.<locals>.')[2].rstrip('_') if '<locals>' in name else name}>"
    return f"<{type(value).__name__} object>"
