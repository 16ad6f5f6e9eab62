"""`ResourceLimits`: the per-run budget, enforced in-process by a `ResourceTracker`."""

from __future__ import annotations

from dataclasses import dataclass

from monty_interpreter import LimitTracker

__all__ = ["ResourceLimits"]


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
