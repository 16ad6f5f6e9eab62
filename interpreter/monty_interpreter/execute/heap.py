"""Keeping the host's heap out of the garbage collector's way while sandbox code runs.

A full collection walks every container object of the process. In a host with a large heap
(an application, a test run with coverage) that takes a tenth of a second or more, and a run
that allocates a lot pays it twice: in the automatic collections during the run, and in the
collection `stack.release` runs at its end, on the deep sandbox stack, to free what it built.

While sandbox code executes, the objects that existed before are frozen (`gc.freeze()`: they
move to the collector's permanent generation, which it skips), so collections only walk what
was allocated since. When no sandbox code executes any more, they are unfrozen
(`gc.unfreeze()`); both are constant-time list splices. "Executes" excludes the time a run
waits for its host (a tool call, a paused stepped run), so a run waiting for hours keeps
nothing frozen.

Frozen objects are still alive and usable; only cyclic garbage among them waits for the next
collection after the thaw. A host that froze objects itself (`gc.get_freeze_count() > 0` when
the first run starts) is left alone: thawing would undo its freeze.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Generator
from contextlib import contextmanager

__all__ = ["executing", "waiting"]

_lock = threading.Lock()
#: Sandbox threads executing sandbox code right now.
_executing = 0
#: Whether the objects frozen now were frozen by us.
_ours = False


def _enter() -> None:
    global _executing, _ours
    with _lock:
        _executing += 1
        if _executing == 1 and gc.get_freeze_count() == 0:
            gc.freeze()
            _ours = True


def _leave() -> None:
    global _executing, _ours
    with _lock:
        _executing -= 1
        if _executing == 0 and _ours:
            gc.unfreeze()
            _ours = False


#: Per thread: whether it is inside `executing()` and not inside `waiting()`.
_thread = threading.local()


@contextmanager
def executing() -> Generator[None]:
    """Sandbox code executes in this block (on this thread): older objects stay frozen."""
    if getattr(_thread, "active", False):  # nested: already counted
        yield
        return
    _enter()
    _thread.active = True
    try:
        yield
    finally:
        _thread.active = False
        _leave()


@contextmanager
def waiting() -> Generator[None]:
    """This thread waits for the host meanwhile, executing no sandbox code (a no-op outside
    `executing()`)."""
    if not getattr(_thread, "active", False):
        yield
        return
    _thread.active = False
    _leave()
    try:
        yield
    finally:
        _enter()
        _thread.active = True
