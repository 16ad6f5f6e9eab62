"""`Record`: a read-only object of named fields that crosses the sandbox boundary.

Instances of sandbox classes leave a run as records (never as live objects), and a record
handed back in (an input, a tool result) is readable inside the sandbox by attribute, with
no way to change it. The attribute policy allows exactly the record's own field names.
"""

from __future__ import annotations

import reprlib
from collections.abc import Mapping
from typing import Any

__all__ = ["Record"]

_COMPARING: set[tuple[int, int]] = set()


class Record:
    """A read-only record of a sandbox object's attributes (an instance of a sandbox class).

    >>> from monty_agent import MontyRun
    >>> p = MontyRun('class P:\\n    def __init__(self): self.x = 1\\nP()').run()
    >>> p.type_name, p.x
    ('P', 1)
    """

    __slots__ = ("_attrs", "_type_name")

    _attrs: dict[str, Any]
    _type_name: str

    def __init__(self, type_name: str, attrs: Mapping[str, Any]) -> None:
        try:
            object.__getattribute__(self, "_type_name")
        except AttributeError:
            pass
        else:  # `type(record).__init__(record, ...)` must not rewrite a record
            raise AttributeError("records are read-only")
        object.__setattr__(self, "_type_name", type_name)
        object.__setattr__(self, "_attrs", dict(attrs))

    @property
    def type_name(self) -> str:
        """The sandbox class name."""
        return self._type_name

    @property
    def attributes(self) -> dict[str, Any]:
        """A copy of the attributes."""
        return dict(self._attrs)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._attrs[name]
        except KeyError:
            raise AttributeError(f"{self._type_name!r} record has no attribute {name!r}") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("records are read-only")

    def __eq__(self, other: object) -> bool:
        if self is other:
            return True
        if not isinstance(other, Record):
            return False
        key = (id(self), id(other))
        if key in _COMPARING:
            return True  # a cycle: equal so far
        _COMPARING.add(key)
        try:
            return (self._type_name, self._attrs) == (other._type_name, other._attrs)
        finally:
            _COMPARING.discard(key)

    def __hash__(self) -> int:
        return hash(self._type_name)

    @reprlib.recursive_repr("...")
    def __repr__(self) -> str:
        if not self._attrs and self._type_name.startswith("<"):
            return self._type_name
        inner = ", ".join(f"{k}={v!r}" for k, v in self._attrs.items())
        return f"{self._type_name}({inner})"
