"""Resource accounting: the `ResourceTracker` protocol and the default `LimitTracker`.

The lowered code reports to a tracker through the run's guards: `check_time` every few
thousand ticks (loop iterations and function entries), `on_allocate` before each operation
whose result size the guards can predict (`'a' * n`, `2 ** n`, padding, joins...),
`on_output` for every `print`. A tracker stops the run by raising `LimitExceeded`; once one
has been raised the run is over, whatever the sandbox's `except` clauses say.
"""

from __future__ import annotations

import os
import time
from typing import Protocol, runtime_checkable

from ..errors import LimitExceeded

__all__ = ["LimitTracker", "ResourceTracker", "process_memory", "statm"]


@runtime_checkable
class ResourceTracker(Protocol):
    """What the interpreter reports to while a program runs. Raise `LimitExceeded` to stop it.

    A host may pass its own implementation, e.g. one budget shared by several runs, or a
    tracker that bills per run. Methods are called on the thread running the program.
    """

    @property
    def max_recursion_depth(self) -> int | None:
        """How deep sandbox calls may nest, or None for the interpreter's own ceiling."""
        ...

    def start(self) -> None:
        """Called when a run starts (or resumes)."""
        ...

    def check_time(self) -> None:
        """Called periodically while the program runs (every few thousand ticks)."""
        ...

    def on_allocate(self, size: int) -> None:
        """Called before an operation that will allocate about `size` bytes at once."""
        ...

    def on_output(self, size: int) -> None:
        """Called before the program writes `size` bytes of output."""
        ...

    def stop(self) -> None:
        """Called when a run ends or pauses."""
        ...


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


#: `(pid, descriptor)` of this process's open `/proc/self/statm`: kept open, so that a
#: process that can no longer open files (a locked-down worker) still reads its memory.
_statm: list[tuple[int, int]] = []


def statm() -> list[bytes]:
    """The fields of `/proc/self/statm` (sizes in pages; OSError where it cannot be read)."""
    pid = os.getpid()
    if not _statm or _statm[0][0] != pid:  # first use, or a forked child
        _statm[:] = [(pid, os.open("/proc/self/statm", os.O_RDONLY | os.O_CLOEXEC))]
    return os.pread(_statm[0][1], 256, 0).split()


def process_memory() -> int:
    """Resident memory of this process in bytes (0 where it cannot be read)."""
    try:
        return int(statm()[1]) * _PAGE
    except (OSError, ValueError, IndexError):  # pragma: no cover - non-Linux
        return 0


class LimitTracker:
    """The default tracker: wall-clock time, memory, recursion depth and output size.

    Memory is enforced two ways: every predicted allocation larger than what remains of the
    budget is refused before it happens, and the process's resident memory is sampled
    (after every 16 MiB of predicted allocations, on every time check, and by the watchdog
    every few milliseconds through `poll`); growth past `max_memory` since the run started
    stops the run.
    """

    def __init__(
        self,
        *,
        max_duration_secs: float | None = None,
        max_memory: int | None = None,
        max_recursion_depth: int | None = 1000,
        max_output_bytes: int | None = 10 * 1024 * 1024,
    ) -> None:
        self.max_duration_secs = max_duration_secs
        self.max_memory = max_memory
        self._max_recursion_depth = max_recursion_depth
        self.max_output_bytes = max_output_bytes
        self.elapsed = 0.0
        self.output_bytes = 0
        self._started: float | None = None
        self._baseline = 0
        self._since_sample = 0

    @property
    def max_recursion_depth(self) -> int | None:
        """How deep sandbox calls may nest."""
        return self._max_recursion_depth

    def start(self) -> None:
        """Start (or resume) the clock and take the memory baseline."""
        self._started = time.perf_counter()
        if self.max_memory is not None:
            self._baseline = process_memory()

    def stop(self) -> None:
        """Pause the clock."""
        if self._started is not None:
            self.elapsed += time.perf_counter() - self._started
            self._started = None

    def _elapsed(self) -> float:
        running = time.perf_counter() - self._started if self._started is not None else 0.0
        return self.elapsed + running

    def remaining_time(self) -> float | None:
        """Seconds left in the time budget (None without a time limit)."""
        if self.max_duration_secs is None:
            return None
        return self.max_duration_secs - self._elapsed()

    def check_time(self) -> None:
        """Stop the run when it is over its time or memory budget."""
        if self.max_memory is not None:
            self._since_sample = 0
        exc = self.poll()
        if exc is not None:
            raise exc

    def poll(self) -> LimitExceeded | None:
        """The limit the running program is over (time, then memory), or None.

        Only reads the clock and the process's memory, so the watchdog may call it from its
        own thread.
        """
        if self._started is None:
            return None
        if self.max_duration_secs is not None and self._elapsed() > self.max_duration_secs:
            return LimitExceeded(
                "TimeoutError",
                f"execution exceeded the time limit of {self.max_duration_secs:g} seconds",
            )
        if self.max_memory is not None and process_memory() - self._baseline > self.max_memory:
            return LimitExceeded("MemoryError", f"memory limit of {self.max_memory} bytes exceeded")
        return None

    def _sample_memory(self, pending: int = 0) -> None:
        """Stop the run when its resident growth plus `pending` bytes about to be allocated
        exceeds the budget."""
        assert self.max_memory is not None
        self._since_sample = 0
        grown = process_memory() - self._baseline + pending
        if grown > self.max_memory:
            raise LimitExceeded("MemoryError", f"memory limit of {self.max_memory} bytes exceeded")

    def on_allocate(self, size: int) -> None:
        """Refuse a single allocation that cannot fit in the budget."""
        if self.max_memory is None:
            return
        if size > self.max_memory:
            raise LimitExceeded(
                "MemoryError",
                f"memory limit of {self.max_memory} bytes exceeded (an operation needed {size} bytes)",
            )
        self._since_sample += size
        if self._since_sample > 16 * 1024 * 1024:
            self._sample_memory(size)

    def on_output(self, size: int) -> None:
        """Stop the run once its output passes `max_output_bytes`."""
        self.output_bytes += size
        if self.max_output_bytes is not None and self.output_bytes > self.max_output_bytes:
            raise LimitExceeded(
                "OutputLimitError", f"output limit of {self.max_output_bytes} bytes exceeded"
            )
