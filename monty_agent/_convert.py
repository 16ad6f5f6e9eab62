"""Values crossing the sandbox boundary: converted to plain data, never live objects.

Containers are copied with C-level methods (`list.copy`, `dict.copy`...) so that no
sandbox-defined `__iter__`, `__str__` or `__eq__` runs on the host after the run.
Host values going in (inputs, tool results) are converted the same way: pydantic models
and dataclass instances become read-only `MontyObject` records of their (converted) fields,
any other object an opaque record that only names its type.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime
import decimal
import enum
import fractions
import sys
import types
import uuid
from collections.abc import Callable, Iterator
from typing import Any, cast

from monty_interpreter.modules.stdlib_decimal import Decimal as SandboxDecimal
from monty_interpreter.modules.stdlib_numbers import Fraction as SandboxFraction
from monty_interpreter.names import is_class_proxy
from monty_interpreter.records import Record

__all__ = ["MAX_DEPTH", "TICK_EVERY", "MontyObject", "is_atom_chunk", "to_plain"]

#: How deeply plain data may nest (containers and objects inside each other). Deeper values
#: are refused with `RecursionError` rather than converted: the host's own tools (json,
#: pydantic, repr) would fail on them anyway.
MAX_DEPTH = 300

MontyObject = Record

_ATOMS = (type(None), bool, int, float, complex, str, bytes)
_ATOM_SET = frozenset(_ATOMS)


def is_atom_chunk(items: list[Any] | tuple[Any, ...]) -> bool:
    """Whether every item is a plain atom (None, bool, int, float, complex, str, bytes)."""
    return set(map(type, items)) <= _ATOM_SET


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


#: How many items a conversion handles between two calls of its `tick`.
TICK_EVERY = 1 << 14


def to_plain(
    value: Any,
    sandbox_classes: set[type] | frozenset[type] = frozenset(),
    *,
    tick: Callable[[], None] | None = None,
) -> Any:
    """Convert a sandbox value to plain data (see the module docstring).

    `tick`, when given, is called every `TICK_EVERY` items (a run's `slow_tick`: converting
    what the sandbox built stays within its time limit)."""
    return _Converter(sandbox_classes, tick).convert(value)


class _Converter:
    def __init__(
        self, sandbox_classes: set[type] | frozenset[type], tick: Callable[[], None] | None = None
    ) -> None:
        self.sandbox_classes = sandbox_classes
        self.memo: dict[int, Any] = {}
        self.depth = 0
        self.tick = tick
        self.budget = TICK_EVERY

    def spend(self, items: int) -> None:
        """Account for `items` converted items; tick when the budget is used up."""
        self.budget -= items
        if self.budget <= 0 and self.tick is not None:
            self.budget = TICK_EVERY
            self.tick()

    def convert(self, value: Any) -> Any:
        tp = cast("type[Any]", type(value))
        if tp is SandboxDecimal:
            return decimal.Decimal(value)  # the sandbox's subclass checks costs in the run
        if tp is SandboxFraction:
            return fractions.Fraction(value.numerator, value.denominator, _normalize=False)  # pyright: ignore[reportCallIssue]
        if tp in _ATOMS or (isinstance(value, _VALUE_TYPES) and tp.__module__ != "__main__"):
            return value
        key = id(value)
        if key in self.memo:
            return self.memo[key]
        self.spend(1)
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
            out = _list_copy(cast("list[Any]", value))  # atoms stay, the rest is replaced
            self.memo[key] = out
            self._convert_items(out)
            return out
        if isinstance(value, tuple):
            items = _tuple_slice(cast("tuple[Any, ...]", value), slice(None))
            fields: Any = getattr(tp, "_fields", None) if tp in self.sandbox_classes else None
            converted_items = list(items)
            self._convert_items(converted_items)
            converted: Any = tuple(converted_items)
            if isinstance(fields, tuple) and len(cast("tuple[Any, ...]", fields)) == len(converted):
                names = cast("tuple[str, ...]", fields)
                converted = MontyObject(tp.__name__, dict(zip(names, converted, strict=True)))
            # Tuples can't hold themselves, but a DAG of tuples shares them: convert each once.
            self.memo[key] = converted
            return converted
        if isinstance(value, dict):
            result: dict[Any, Any] = {}
            self.memo[key] = result
            for i, (k, v) in enumerate(_dict_copy(cast("dict[Any, Any]", value)).items()):
                result[self._key(k)] = self.convert(v)
                if not i & (TICK_EVERY - 1):
                    self.spend(TICK_EVERY)
            return result
        if isinstance(value, set | frozenset):
            members = (
                set(_frozenset_iter(cast("frozenset[Any]", value)))
                if isinstance(value, frozenset)
                else _set_copy(cast("set[Any]", value))
            )
            keys: list[Any] = []
            for i, v in enumerate(members):
                keys.append(self._key(v))
                if not i & (TICK_EVERY - 1):
                    self.spend(TICK_EVERY)
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
            for i, v in enumerate(list(cast("collections.deque[Any]", value))):
                items_.append(self.convert(v))
                if not i & (TICK_EVERY - 1):
                    self.spend(TICK_EVERY)
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
        fields = _host_fields(value, tp)
        if fields is not None:
            record = MontyObject(tp.__name__, {})
            self.memo[key] = record
            object.__setattr__(record, "_attrs", self._values(fields))
            return record
        return MontyObject(_describe(value), {})

    def _convert_items(self, items: list[Any]) -> None:
        """Convert a fresh list's items in place, a chunk at a time: a chunk of atoms only
        (found by a C-level pass) is left as it is."""
        for start in range(0, len(items), TICK_EVERY):
            chunk = items[start : start + TICK_EVERY]
            self.spend(len(chunk))
            if is_atom_chunk(chunk):
                continue
            for i, v in enumerate(chunk, start):
                if type(v) not in _ATOM_SET:
                    items[i] = self.convert(v)

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


def _host_fields(value: Any, tp: type[Any]) -> dict[str, Any] | None:
    """The fields of a host pydantic model or dataclass instance (None for other values).

    Only declared fields are read (plus a model's extra fields and computed fields): no
    method, property or class reaches the sandbox.
    """
    pydantic = sys.modules.get("pydantic")  # no model exists unless pydantic was imported
    if pydantic is not None and isinstance(value, pydantic.BaseModel):
        state = _instance_dict(value)
        out = {name: state[name] for name in tp.model_fields if name in state}
        extra = getattr(value, "__pydantic_extra__", None)
        if isinstance(extra, dict):
            out.update(cast("dict[str, Any]", extra))
        for name in tp.model_computed_fields:
            out[name] = getattr(value, name)
        return out
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        state = _instance_state(value)
        return {f.name: state[f.name] for f in dataclasses.fields(value) if f.name in state}
    return None


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
