"""When to poll for the other side's next frame instead of blocking on it.

A process woken from sleep runs its first microseconds of Python several times slower, on a
cold cache, so both ends of a worker's pipes poll for a while before they block: a worker
for the host's next frame (`FrameReader`), the host for a worker's answer (between turns
of its event loop, `host.polled`). Between two polls each gives the CPU up
(`os.sched_yield()`) to anything else that wants it.

A `Poller` says, poll after poll, whether polling still pays:

- not past its time (`seconds`);
- not once a poll came late (more than `late` seconds after the last): something else
  runs on this CPU, maybe the other side, which then has the CPU, or other tasks of the
  host's event loop;
- not at all for `CALM` seconds once a poll came very late (more than `HOGGED`): a process
  that does not yield (a busy job) shares the CPU, and each yield hands it the CPU for a
  time slice, while a blocked reader is woken as soon as its frame comes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["CALM", "HOGGED", "Poller"]

#: A poll that came this late (seconds) says a process that does not yield shares the CPU.
HOGGED = 300e-6
#: Seconds a poller that found its CPU hogged does not poll at all.
CALM = 0.05


class Poller:
    """Whether to go on polling, for one reader (or one host): see the module docstring."""

    def __init__(
        self, seconds: float, late: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.seconds = seconds
        self.late = late
        self.clock = clock
        #: no polling before this time (a `clock()` reading): the CPU was found hogged
        self.calm_until = 0.0
        self._until = 0.0
        self._last = 0.0

    def start(self) -> bool:
        """A wait begins: whether to poll first."""
        now = self._last = self.clock()
        if now < self.calm_until:
            return False
        self._until = now + self.seconds
        return True

    def go_on(self) -> bool:
        """One more poll found nothing: whether to poll again."""
        now = self.clock()
        gap, self._last = now - self._last, now
        if gap > HOGGED:
            self.calm_until = now + CALM
        return gap <= self.late and now < self._until
