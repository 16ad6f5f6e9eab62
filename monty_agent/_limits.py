"""`ResourceLimits`: the per-run budget, enforced in-process by a `ResourceTracker`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from monty_interpreter import LimitTracker, ResourceTracker

__all__ = ["Limits", "ResourceLimits", "as_limits"]

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True)
class ResourceLimits:
    """Limits for one run. Once a limit trips the run ends; sandbox code cannot catch it.

    >>> from monty_agent import MontyRun, MontyRuntimeError, ResourceLimits
    >>> try:
    ...     MontyRun('while True: pass').run(limits=ResourceLimits(max_duration_secs=0.1))
    ... except MontyRuntimeError as e:
    ...     print(e.type_name)
    TimeoutError
    """

    max_duration_secs: float | None = None
    """Wall-clock time the run may take, in seconds."""
    max_memory: int | None = None
    """Bytes the run may grow the process by (and the largest single allocation)."""
    max_recursion_depth: int | None = 1000
    """How deep sandbox calls may nest."""
    max_output_bytes: int | None = 10 * 1024 * 1024
    """How much the program may print."""

    def tracker(self) -> LimitTracker:
        """A fresh tracker enforcing these limits."""
        return LimitTracker(
            max_duration_secs=self.max_duration_secs,
            max_memory=self.max_memory,
            max_recursion_depth=self.max_recursion_depth,
            max_output_bytes=self.max_output_bytes,
        )


def as_limits(limits: ResourceLimits | Mapping[str, Any] | T) -> ResourceLimits | T:
    """`limits` as `ResourceLimits` when given as a mapping (pydantic-monty passes its limits
    as a dict: `{'max_duration_secs': 1.0}`); anything else as it is.

    >>> as_limits({'max_duration_secs': 2})
    ResourceLimits(max_duration_secs=2, max_memory=None, max_recursion_depth=1000, max_output_bytes=10485760)
    """
    if not isinstance(limits, Mapping):
        return limits
    known = {f.name for f in fields(ResourceLimits)}
    items: dict[str, Any] = dict(limits)  # pyright: ignore[reportUnknownArgumentType]
    for key in items:
        if key not in known:
            raise TypeError(
                f"unknown resource limit {key!r}: the limits are {', '.join(sorted(known))}"
            )
    return ResourceLimits(**items)


Limits = ResourceLimits | Mapping[str, Any] | ResourceTracker | None
"""What a `limits=` argument takes: `ResourceLimits`, the same as a dict, a tracker of your
own, or None for the defaults."""
