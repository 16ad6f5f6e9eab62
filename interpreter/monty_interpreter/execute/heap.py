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
a run starts) is left alone: thawing would undo its freeze. So is a process that
froze its start-up objects for good with `freeze_for_good` (a worker process): its collector
then walks only what was built since, and works as usual on that, run after run.

Freezing makes every object old and resets the collector's count of new objects: left at
that, a run's cyclic garbage (its `Runtime` is a cycle, so is any class it defined) would
turn old at the next run's freeze, and only a full collection, which a process doing little
but runs never triggers, frees old objects. So before freezing, the young objects are
collected (generation 0: what was built since the last freeze or collection). Objects made
before a run that it holds in a cycle must let go of the run when it ends (the host bridge
forgets its runtime, the async driver's bridge forgets the driver), or the cycle reaches
old objects and waits for a full collection.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Generator
from contextlib import AbstractContextManager, contextmanager, nullcontext

__all__ = ["executing", "freeze_for_good", "waiting"]

_lock = threading.Lock()
#: The threads executing sandbox code right now. A set rather than a counter: the watchdog's
#: asynchronous exception can land anywhere in these functions, and whatever state it leaves
#: is put right by the next `_leave` (a thread is only ever in the set once).
_executing: set[int] = set()
#: Whether the objects frozen now were frozen by us.
_ours = False
#: Whether the process froze its objects for good (`freeze_for_good`): runs leave the
#: collector alone, without asking `gc.get_freeze_count()`, which walks every frozen object.
_foreign = False


def freeze_for_good() -> None:
    """Freeze every object that exists now, for good, and leave the collector alone from
    then on: a process that built what it needs (a worker after start-up) keeps it out of
    every collection, and the collector frees what runs leave as it goes."""
    global _foreign
    with _lock:
        if _ours:
            raise RuntimeError("freeze_for_good() while sandbox code executes")
        _foreign = True
        gc.collect()
        gc.freeze()


def _enter() -> None:
    global _ours
    if not _executing and not _foreign and gc.get_count()[0] and gc.isenabled():
        # what the last run left, before freezing makes it old unseen (outside the lock:
        # finalizers run here; a run starting meanwhile at worst makes this one redundant)
        gc.collect(0)
    with _lock:
        _executing.add(threading.get_ident())
        if len(_executing) == 1 and not _ours and not _foreign and gc.get_freeze_count() == 0:
            gc.freeze()
            _ours = True


def _leave() -> None:
    global _ours
    with _lock:
        _executing.discard(threading.get_ident())
        if not _executing and _ours:
            gc.unfreeze()
            _ours = False


def executing() -> AbstractContextManager[None]:
    """Sandbox code executes in this block (on this thread): older objects stay frozen.
    (Nothing to do in a process that froze its objects for good: its runs leave the
    collector alone.)"""
    return _NOTHING if _foreign else _executing_here()


_NOTHING = nullcontext()


@contextmanager
def _executing_here() -> Generator[None]:
    if threading.get_ident() in _executing:  # nested: already counted
        yield
        return
    try:
        _enter()
        yield
    finally:
        _leave()


@contextmanager
def waiting() -> Generator[None]:
    """This thread waits for the host meanwhile, executing no sandbox code (a no-op outside
    `executing()`)."""
    if threading.get_ident() not in _executing:
        yield
        return
    try:
        _leave()
        yield
    finally:
        _enter()
