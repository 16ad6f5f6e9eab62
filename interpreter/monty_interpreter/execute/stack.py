"""Running sandbox code on a thread whose C stack is deep enough for what the sandbox can build.

CPython 3.11 recurses in C without a depth check in a few places: hashing a tuple that holds
a tuple that holds a tuple..., freeing a chain of nested `slice`/`staticmethod`/`classmethod`
objects, and a few more. A sandbox can build such a chain 1,000,000 levels deep in a loop, and
on the host's 8 MiB main-thread stack that is a segmentation fault, not an exception.

Every level of such a chain is an object of at least 48 bytes, and none of those C functions
uses more than 64 bytes of stack per level, so the depth the sandbox can reach is bounded by
its memory budget. Running the sandbox on a thread whose stack is a few times that budget
turns the crash into an ordinary memory limit. The stack is only reserved address space: the
kernel commits pages as the recursion touches them.

Threads are kept in a pool (one per stack size class) so a run pays a hand-off of a few
microseconds, not a thread start.
"""

from __future__ import annotations

import contextvars
import gc
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .heap import executing
from .tracker import statm

if TYPE_CHECKING:
    from .runtime import Runtime

__all__ = [
    "MIN_STACK",
    "allocation_mark",
    "largest_stack",
    "on_sandbox_stack",
    "release",
    "stack_size_for",
    "start_on_sandbox_stack",
    "start_thread",
]

T = TypeVar("T")

#: Smallest stack a sandbox thread gets (the size without a memory limit is `DEFAULT_STACK`).
MIN_STACK = 256 * 1024 * 1024
#: Stack for runs without a memory limit: enough for about 16 million levels of nesting.
DEFAULT_STACK = 1024 * 1024 * 1024
#: Largest stack a sandbox thread gets.
MAX_STACK = 8 * 1024 * 1024 * 1024
#: Bytes of C stack reserved per byte of memory budget (64 bytes of stack for every object of
#: at least 48 bytes, rounded up).
_STACK_PER_BYTE = 2


def stack_size_for(max_memory: int | None) -> int:
    """The stack size class for a run that may grow memory by `max_memory` bytes."""
    if max_memory is None:
        return DEFAULT_STACK
    wanted = max(MIN_STACK, _STACK_PER_BYTE * max_memory)
    size = MIN_STACK
    while size < wanted and size < MAX_STACK:
        size *= 2
    return size


_Job = tuple[Callable[[], Any], Callable[[bool, Any], None]]


def start_thread(target: Callable[[], Any], stack_size: int, *, name: str) -> threading.Thread:
    """Start a daemon thread running `target()` on a `stack_size`-byte C stack. Raises
    `RuntimeError` when the address space has no room for that stack."""
    with _STACK_SIZE_LOCK:
        previous = threading.stack_size(stack_size)
        try:
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
        finally:
            threading.stack_size(previous)
    return thread


def largest_stack(stack_size: int) -> int:
    """The largest stack up to `stack_size` bytes that leaves half of the address space
    (`RLIMIT_AS`) to the rest of the process, and at least the main thread's usual size."""
    return max(min(stack_size, _address_space_left() // 2), _FLOOR_STACK)


class _Worker:
    """One pooled thread with a large stack; runs one job at a time. `stack_size` is what it
    got, `pool_size` the size class it serves (smaller under a tight `RLIMIT_AS`)."""

    def __init__(self, stack_size: int, *, pool_size: int) -> None:
        self.stack_size = pool_size
        self.jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self.thread = start_thread(
            self._loop, stack_size, name=f"monty-sandbox-{stack_size >> 20}M"
        )

    def _loop(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            fn, done = job
            try:
                with executing():
                    outcome = (True, fn())
            except BaseException as exc:
                outcome = (False, _detached(exc))
            del fn, job
            _release(self)
            done(*outcome)
            del outcome, done


def _detached(exc: BaseException) -> BaseException:
    """`exc` without the frames of this thread: they hold the run's objects, which must be
    freed here, on the deep stack, and not later by the caller."""
    exc.__traceback__ = None
    if exc.__suppress_context__:
        exc.__context__ = None
    return exc


_STACK_SIZE_LOCK = threading.Lock()
_POOL_LOCK = threading.Lock()
_IDLE: dict[int, list[_Worker]] = {}
#: idle threads kept per stack size class
_MAX_IDLE = 4


def _acquire(stack_size: int) -> _Worker:
    with _POOL_LOCK:
        idle = _IDLE.get(stack_size)
        if idle:
            return idle.pop()
    size = largest_stack(stack_size)
    while True:
        try:
            return _Worker(size, pool_size=stack_size)
        except RuntimeError:  # the address space is too tight for that stack: halve it
            if size <= _FLOOR_STACK:
                raise
            size = max(size // 2, _FLOOR_STACK)


#: The smallest stack worth starting a thread with (the main thread's usual size).
_FLOOR_STACK = 8 * 1024 * 1024


def _address_space_left() -> int:
    """Bytes of address space this process may still map under `RLIMIT_AS` (a huge number
    without one). Under a ceiling, the stack may take half of what is left: the sandbox
    can then only build half as much, and needs no deeper stack than that."""
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_AS)
        if soft == resource.RLIM_INFINITY:
            return MAX_STACK * 2
        mapped = int(statm()[0]) * resource.getpagesize()
    except (ImportError, OSError, ValueError, IndexError):  # pragma: no cover - not Linux
        return MAX_STACK * 2
    return max(soft - mapped, 0)


def _release(worker: _Worker) -> None:
    with _POOL_LOCK:
        idle = _IDLE.setdefault(worker.stack_size, [])
        if len(idle) < _MAX_IDLE:
            idle.append(worker)
            return
    worker.jobs.put(None)


def start_on_sandbox_stack(
    fn: Callable[[], Any], stack_size: int, done: Callable[[bool, Any], None]
) -> None:
    """Start `fn()` on a pooled thread with a `stack_size`-byte C stack, with the caller's
    context variables; `done(ok, result_or_exception)` is called on that thread at the end
    (after the thread has been handed back to the pool)."""
    context = contextvars.copy_context()
    _acquire(stack_size).jobs.put((lambda: context.run(fn), done))


def on_sandbox_stack(
    fn: Callable[[], T], stack_size: int, *, interrupt: Callable[[], None] | None = None
) -> T:
    """Call `fn()` on a pooled thread with a `stack_size`-byte C stack and return its result
    (or raise its exception) in the calling thread, with the caller's context variables.

    When the caller is interrupted while it waits (`KeyboardInterrupt`), `interrupt()` is
    called so the run stops at its next tick; the caller then waits for the thread to finish.
    """
    answer: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()
    start_on_sandbox_stack(fn, stack_size, lambda ok, value: answer.put((ok, value)))
    try:
        ok, value = answer.get()
    except BaseException:
        if interrupt is not None:
            interrupt()
        answer.get()
        raise
    if ok:
        return value
    raise value


#: Young-generation collections a run may cause before `release` collects its garbage. Each
#: one follows about 700 new container objects, so fewer than this means the run built less
#: than a few thousand: any chain it left is shallow enough to free on any thread's stack.
GARBAGE_COLLECTIONS = 10


def allocation_mark() -> int:
    """How many garbage collections have run so far: each follows about 700 new container
    objects. (Read from `gc.get_stats()`, not counted by a `gc` callback: the watchdog's
    asynchronous exception could land in a callback written in Python, which runs in the
    run's own thread, and CPython would print it on the host's stderr.)"""
    young, middle, old = gc.get_stats()
    return young["collections"] + middle["collections"] + old["collections"]


def release(rt: Runtime, mark: int) -> None:
    """Free what a finished run built, here on the sandbox thread.

    Dropping the run's globals frees everything that is not in a reference cycle. What is
    left is freed by the cyclic garbage collector, which may run on any thread, including one
    with a small stack: so when the run allocated a lot (`mark` is `allocation_mark()` when
    it started), collect now.
    """
    rt.result = None
    rt.globals.clear()
    if allocation_mark() - mark > GARBAGE_COLLECTIONS:
        gc.collect()
