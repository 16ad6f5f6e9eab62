"""Waiting on several awaitables: `wait_for`, `wait`, `as_completed`, `shield` (CPython 3.11).

Ported from CPython 3.11.7's `asyncio/tasks.py` onto the run's scheduler, keeping its
semantics: `wait_for` cancels the inner awaitable on timeout and waits for it to end before
raising `TimeoutError`; `wait` refuses coroutines (3.11 raises `TypeError` for them) and
returns `(done, pending)` sets; `as_completed` is an iterator of coroutines. Every callback
they register runs from the scheduler's ready queue, which ticks; the iterables they are
given are read through the runtime's ticking view, so an endless generator hits the limits.
"""

from __future__ import annotations

import inspect
import types
from collections.abc import Iterator
from typing import Any

from ..execute.runtime import CURRENT
from ..execute.scheduler import (
    CancelledError,
    Future,
    Scheduler,
    current_scheduler,
    running_scheduler,
)
from .asyncio_queues import Queue

__all__ = [
    "ALL_COMPLETED",
    "FIRST_COMPLETED",
    "FIRST_EXCEPTION",
    "as_completed",
    "ensure_future",
    "shield",
    "wait",
    "wait_for",
]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


def is_coroutine(obj: Any) -> bool:
    """`asyncio.iscoroutine`: 3.11 still counts generators (legacy generator coroutines)."""
    return isinstance(obj, types.CoroutineType | types.GeneratorType)


async def _wrap_awaitable(awaitable: Any) -> Any:
    return await awaitable


def ensure_future(obj: Any, loop: Scheduler | None = None) -> Future:
    """A future for `obj`: itself if it is one, else a task running it."""
    if isinstance(obj, Future):
        return obj
    if not isinstance(obj, types.CoroutineType):
        if not inspect.isawaitable(obj):
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
        obj = _wrap_awaitable(obj)
    return (loop or current_scheduler()).create_task(obj)


def _materialize(fs: Any) -> set[Any]:
    """`set(fs)`, reading a lazy iterable through the runtime's ticking view."""
    return set(CURRENT.get().ticking(fs))


def _release_waiter(waiter: Future, *_args: Any) -> None:
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut: Future, loop: Scheduler) -> None:
    """Cancel `fut` and wait until it completes (without awaiting it directly)."""
    waiter = Future(loop=loop)

    def cb(_fut: Future) -> None:
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut: Any, timeout: Any) -> Any:
    """Wait for one awaitable with a timeout; on timeout cancel it and raise TimeoutError."""
    loop = running_scheduler()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = Future(loop=loop)
    timeout_handle = loop.call_later(timeout, lambda: _release_waiter(waiter))

    def cb(_fut: Future) -> None:
        _release_waiter(waiter)

    fut = ensure_future(fut, loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs: Any, *, timeout: Any = None, return_when: Any = ALL_COMPLETED) -> Any:
    """Wait for futures or tasks; return `(done, pending)` sets (never raises TimeoutError)."""
    if isinstance(fs, Future) or is_coroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = _materialize(fs)
    if any(is_coroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = running_scheduler()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(
    fs: set[Future], timeout: Any, return_when: str, loop: Scheduler
) -> tuple[set[Future], set[Future]]:
    waiter = Future(loop=loop)
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, lambda: _release_waiter(waiter))
    counter = [len(fs)]

    def on_completion(f: Future) -> None:
        counter[0] -= 1
        if (
            counter[0] <= 0
            or return_when == FIRST_COMPLETED
            or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        ):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_completion)
    done: set[Future] = set()
    pending: set[Future] = set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs: Any, *, timeout: Any = None) -> Iterator[Any]:
    """An iterator of coroutines giving the results of `fs` in the order they complete
    (a generator, as in CPython: the checks run when iteration starts)."""
    if isinstance(fs, Future) or is_coroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = current_scheduler()
    todo = {ensure_future(f, loop) for f in _materialize(fs)}
    timeout_handle: list[Any] = [None]

    def on_timeout() -> None:
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f: Future) -> None:
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle[0] is not None:
            timeout_handle[0].cancel()

    async def _wait_for_one() -> Any:
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle[0] = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def shield(arg: Any) -> Future:
    """A future that follows `arg` but whose cancellation does not cancel `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = Future(loop=current_scheduler())

    def inner_done(inner: Future) -> None:
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(_outer: Future) -> None:
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer
