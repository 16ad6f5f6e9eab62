"""A background thread that stops runs between ticks.

Ticks (loop iterations, function entries) ask the tracker whether a run may go on. Between
two ticks a program can still do a lot: `keep = [s.upper(), s[::-1], s.lower()]` copies a
big string three times in one statement. The watchdog polls every running program's tracker
from its own thread every few milliseconds (the memory it reads is the process's, the time is
the wall clock) and, when a limit is over, trips the run and raises `Preempted` in the
program's thread at its next bytecode. It cannot interrupt a single C call; the size guards
bound those.

A run is watched only while `watching` is active, and is preempted at most once, so the
exception can only land inside the watched block. Under a tracer (a debugger, coverage) the
watchdog only trips the run, which then stops at its next tick.

The watchdog sleeps (on an event) while no run is watched, but only once none started for
`LINGER` seconds: waking a sleeping thread costs the run that wakes it a hand-off between
threads, and a host (or worker) running short programs one after another would pay that at
nearly every run. Lingering, it wakes every `INTERVAL` on its own, for a few microseconds.
"""

from __future__ import annotations

import ctypes
import sys
import threading
import time
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Protocol, cast, runtime_checkable

from ..errors import LimitExceeded

if TYPE_CHECKING:
    from .runtime import Runtime

__all__ = ["INTERVAL", "LINGER", "Pollable", "Preempted", "watching"]

#: Seconds between two polls.
INTERVAL = 0.002
#: Seconds without a run before the watchdog sleeps until the next one.
LINGER = 0.1


@runtime_checkable
class Pollable(Protocol):
    """A tracker the watchdog can poll from its own thread."""

    def poll(self) -> LimitExceeded | None:
        """The limit the run is over, or None. Must be safe to call from another thread."""
        ...


class Preempted(LimitExceeded):
    """Raised in a program's thread by the watchdog (the run's own `tripped` says which
    limit): asynchronous exceptions are created without arguments."""

    def __init__(self) -> None:
        super().__init__("RuntimeError", "the run was stopped by the watchdog")


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)
_set_async_exc.restype = ctypes.c_int

_lock = threading.Lock()
#: thread id -> (runtime, tracker, whether to raise in the thread or only trip the run)
_watched: dict[int, tuple[Runtime, Pollable, bool]] = {}
_thread: threading.Thread | None = None
#: set when a run is watched: the watchdog sleeps on it while there is none (a process
#: between runs is not woken every `INTERVAL`)
_work = threading.Event()
#: whether the watchdog waits for `_work` (so `watching` only sets it then)
_idle = False
#: whether a run started since the watchdog last looked
_started = False


def _loop() -> None:
    global _idle, _started
    quiet = 0  # polls in a row that saw no run
    while True:
        with _lock:
            quiet = 0 if _watched or _started else quiet + 1
            _started = False
            idle = _idle = quiet * INTERVAL >= LINGER
            if idle:
                quiet = 0
                _work.clear()
        if idle:
            _work.wait()
        time.sleep(INTERVAL)
        with _lock:
            for ident, (rt, tracker, interrupt) in list(_watched.items()):
                try:
                    exc = tracker.poll()
                except Exception:  # a broken tracker must not kill the watchdog
                    continue
                if exc is None:
                    continue
                rt.trip(exc)
                if interrupt:
                    del _watched[ident]
                    _set_async_exc(ident, Preempted)


def watching(rt: Runtime) -> AbstractContextManager[None]:
    """Watch `rt`'s tracker (when it can be polled) while the block runs in this thread."""
    tracker = rt.tracker
    if not callable(getattr(type(tracker), "poll", None)):  # cheaper than a Protocol check
        return _UNWATCHED
    return _Watch(rt, cast("Pollable", tracker))


_UNWATCHED = nullcontext()


class _Watch:
    """`watching(rt)`: a class rather than a generator, since every run enters one."""

    __slots__ = ("ident", "nested", "rt", "tracker")

    def __init__(self, rt: Runtime, tracker: Pollable) -> None:
        self.rt = rt
        self.tracker = tracker
        self.ident = threading.get_ident()
        self.nested = False

    def __enter__(self) -> None:
        global _thread, _idle, _started
        ident = self.ident
        with _lock:
            if ident in _watched:  # already watched further up this thread's stack
                self.nested = True
                return
            # Under a tracer (a debugger, coverage) an asynchronous exception can land in the
            # trace function and wedge the thread: only trip the run, which stops at its
            # next tick.
            _watched[ident] = (self.rt, self.tracker, sys.gettrace() is None)
            _started = True
            if _idle:
                _idle = False
                _work.set()
            if _thread is None:
                _thread = threading.Thread(target=_loop, name="monty-watchdog", daemon=True)
                _thread.start()

    def __exit__(self, *exc_info: object) -> None:
        if self.nested:
            return
        ident = self.ident
        with _lock:
            entry = _watched.pop(ident, None)
            if entry is None:
                # Preempted already: if the exception is still pending, drop it (the run
                # is tripped and stops at its next tick anyway).
                _set_async_exc(ident, ctypes.py_object())  # pyright: ignore[reportArgumentType]
