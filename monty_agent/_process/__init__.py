"""Process isolation: runs in warm worker processes (see docs/isolation.md).

`protocol` (frames and message models), `values` (plain data on the wire), `worker` (the
worker process), `lockdown` (its seccomp filter), `pool` (worker processes and the pool),
`host` (the host's side of a run in a worker).
"""

from __future__ import annotations

from typing import Literal

__all__ = ["ISOLATION_MODES", "Isolation", "check_isolation"]

Isolation = Literal["in-process", "process"]
"""Where a run executes: on a thread of the host process, or in a worker process."""

ISOLATION_MODES: tuple[Isolation, ...] = ("in-process", "process")


def check_isolation(value: object) -> Isolation:
    """`value` when it names an isolation mode; a clear `ValueError` otherwise."""
    for mode in ISOLATION_MODES:
        if value == mode:
            return mode
    raise ValueError(f"isolation must be 'in-process' or 'process', not {value!r}")
