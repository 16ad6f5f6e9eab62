"""`str.format` and `str.format_map` whose field lookups go through the attribute policy.

CPython's `'{0.__class__}'.format(x)` reads attributes natively; the sandbox's version
resolves every `.attr` through the run's guard and bounds every width and precision, with
CPython's own parsing (`_string.formatter_parser`) and error messages.
"""

from __future__ import annotations

import _string  # pyright: ignore[reportMissingImports]  # CPython format-string parser
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["SafeFormatter"]

#: fields formatted between two time and memory checks
_CHECK_EVERY = 1000
#: characters formatted between two memory reports
_REPORT_EVERY = 1 << 16


class _Numbering:
    """Tracks automatic (`{}`) versus manual (`{0}`) field numbering, as CPython does."""

    def __init__(self) -> None:
        self.auto: bool | None = None
        self.next_index = 0

    def resolve(self, first: int | str) -> int | str:
        if first == "":
            if self.auto is False:
                raise ValueError(
                    "cannot switch from manual field specification to automatic field numbering"
                )
            self.auto = True
            index = self.next_index
            self.next_index += 1
            return index
        if isinstance(first, int):
            if self.auto is True:
                raise ValueError(
                    "cannot switch from automatic field numbering to manual field specification"
                )
            self.auto = False
        return first


class SafeFormatter:
    """`str.format` bound to a run: guarded fields, bounded specs, CPython's messages."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt

    def vformat(self, fmt: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> str:
        """`fmt.format(*args, **kwargs)` (`format_map` passes `args=()`)."""
        return self._format(fmt, args, kwargs, _Numbering(), 2)

    def _format(
        self,
        fmt: str,
        args: Sequence[Any],
        kwargs: Mapping[str, Any],
        numbering: _Numbering,
        depth: int,
    ) -> str:
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        out: list[str] = []
        total = 0  # characters in `out` so far
        reported = 0  # of which reported to the tracker
        checked = 0  # pieces in `out` at the last check
        for literal, field_name, spec, conversion in _string.formatter_parser(fmt):  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
            if total - reported > _REPORT_EVERY or len(out) >= checked + _CHECK_EVERY:
                checked = len(out)
                self.rt.slow_tick()  # pieces pile up in a Python loop: tick it
                self.rt.allocate(total - reported)
                reported = total
            out.append(cast(str, literal))
            total += len(out[-1])
            if field_name is None:
                continue
            value = self._field(cast(str, field_name), args, kwargs, numbering)
            if conversion is not None:
                self.rt.check_repr(value)
            if conversion == "r":
                value = self.rt.repr(value)
            elif conversion == "s":
                value = str(value)
            elif conversion == "a":
                value = self.rt.ascii(value)
            elif conversion is not None:
                raise ValueError(f"Unknown conversion specifier {conversion}")
            spec_text = cast(str, spec or "")
            if "{" in spec_text:
                spec_text = self._format(spec_text, args, kwargs, numbering, depth - 1)
            out.append(self.rt.format(value, spec_text))
            total += len(out[-1])
        if total > _REPORT_EVERY:
            self.rt.allocate(total)  # the joined result
        return "".join(out)

    def _field(
        self, field_name: str, args: Sequence[Any], kwargs: Mapping[str, Any], numbering: _Numbering
    ) -> Any:
        first, rest = _string.formatter_field_name_split(field_name)  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
        key = numbering.resolve(cast("int | str", first))
        if isinstance(key, int):
            if key >= len(args):
                raise IndexError(f"Replacement index {key} out of range for positional args tuple")
            obj = args[key]
        else:
            obj = kwargs[key]
        for is_attr, item in cast("list[tuple[bool, Any]]", list(rest)):  # pyright: ignore[reportUnknownArgumentType]
            obj = self.rt.ga(obj, item) if is_attr else obj[item]
        return obj
