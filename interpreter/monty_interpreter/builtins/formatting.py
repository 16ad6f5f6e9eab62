"""`str.format` and `str.format_map` whose field lookups go through the attribute policy.

CPython's `'{0.__class__}'.format(x)` reads attributes natively; the sandbox's version
resolves every `.attr` through the run's guard and bounds every width and precision.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["SafeFormatter"]


class SafeFormatter(string.Formatter):
    """A `string.Formatter` bound to a run: guarded fields, bounded specs, CPython's messages."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt

    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, int):
            if key >= len(args):
                raise IndexError(f"Replacement index {key} out of range for positional args tuple")
            return args[key]
        return kwargs[key]

    def get_field(
        self, field_name: str, args: Sequence[Any], kwargs: Mapping[str, Any]
    ) -> tuple[Any, Any]:
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = self.rt.ga(obj, key) if is_attr else obj[key]
        return obj, first

    def format_field(self, value: Any, format_spec: str) -> str:
        return self.rt.format(value, format_spec)

    def check_unused_args(self, used_args: Any, args: Any, kwargs: Any) -> None:
        return None

    def format_str(self, fmt: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> str:
        """`fmt.format(*args, **kwargs)`."""
        return self.vformat(fmt, args, kwargs)


def _split_field(field_name: str) -> tuple[int | str, list[tuple[bool, Any]]]:
    import _string  # pyright: ignore[reportMissingImports]  # CPython's own field-name parser

    split = _string.formatter_field_name_split  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
    first, rest = cast("tuple[int | str, Iterable[tuple[bool, Any]]]", split(field_name))
    return first, list(rest)
