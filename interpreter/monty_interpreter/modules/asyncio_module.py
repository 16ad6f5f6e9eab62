"""`asyncio` for the sandbox: the run's own deterministic scheduler, never the host's loop.

Exports the core (`run`, `sleep`, `gather`, `create_task`, `ensure_future`, `current_task`,
`all_tasks`, `Future`, `Task`, the exceptions) built on `execute.scheduler`, and CPython
3.11's higher-level API ported onto it: `wait_for`, `wait`, `as_completed`, `shield`
(`asyncio_waits`), `timeout`/`timeout_at`/`Timeout` and `TaskGroup` (`asyncio_scopes`),
`Lock`/`Event`/`Condition`/`Semaphore`/`BoundedSemaphore` (`asyncio_locks`) and the queues
(`asyncio_queues`). Everything runs on the sandbox thread; awaiting an external call is the
only way out to the host, through the run's `HostBridge`.

Security: every class exposes only asyncio's public methods (no `_coro`, no loop, no
`_waiters`), and keeps its state in slots so sandbox subclasses cannot reach it either;
`Task.get_coro` is left out (a coroutine object is a frame holder). The event loop itself
is never handed out. `sleep` with a huge delay just waits, within the run's time limit.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any

from ..execute.scheduler import CancelledError, Future, InvalidStateError, Scheduler, Task
from ..policy import register_host_type
from . import register
from .asyncio_locks import BoundedSemaphore, Condition, Event, Lock, Semaphore
from .asyncio_queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull
from .asyncio_scopes import TaskGroup, Timeout, timeout, timeout_at
from .asyncio_waits import (
    ALL_COMPLETED,
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    as_completed,
    ensure_future,
    is_coroutine,
    shield,
    wait,
    wait_for,
)

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

_FUTURE_API = (
    "done cancelled result exception set_result set_exception cancel add_done_callback "
    "remove_done_callback __await__ __iter__"
)
register_host_type(Future, _FUTURE_API)
register_host_type(Task, _FUTURE_API + " get_name set_name cancelling uncancel")
Future.__module__ = Task.__module__ = "_asyncio"


class _Yield:
    """`await asyncio.sleep(0)`: let the other tasks run once."""

    __slots__ = ("result",)

    def __init__(self, result: Any) -> None:
        self.result = result

    def __await__(self) -> Generator[None, None, Any]:
        yield None
        return self.result


class _Gathering(Future):
    """The future `gather` returns: cancelling it cancels the children."""

    __slots__ = ("cancel_requested", "children")

    def __init__(self, loop: Scheduler, children: list[Future]) -> None:
        super().__init__(loop=loop)
        self.children = children
        self.cancel_requested = False

    def cancel(self, msg: Any = None) -> bool:
        if self.done():
            return False
        cancelled = False
        for child in self.children:
            if child.cancel(msg):
                cancelled = True
        if cancelled:
            self.cancel_requested = True
        return cancelled


def _gather(loop: Scheduler, aws: tuple[Any, ...], return_exceptions: bool) -> Future:
    if not aws:
        outer = Future(loop=loop)
        outer.set_result([])
        return outer
    children: list[Future] = []
    by_identity: dict[int, Future] = {}
    for aw in aws:
        child = by_identity.get(id(aw))
        if child is None:
            child = ensure_future(aw, loop)
            by_identity[id(aw)] = child
        children.append(child)
    outer = _Gathering(loop, children)
    remaining = [len(set(map(id, children)))]

    def on_done(child: Future) -> None:
        remaining[0] -= 1
        if outer.done():
            if not child.cancelled():
                child.exception()  # mark it retrieved, as asyncio does
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._cancelled_error())  # pyright: ignore[reportPrivateUsage]
                return
            exc = child.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if remaining[0] == 0:
            results: list[Any] = []
            for fut in children:
                if fut.cancelled():
                    results.append(fut._cancelled_error())  # pyright: ignore[reportPrivateUsage]
                elif fut.exception() is not None:
                    results.append(fut.exception())
                else:
                    results.append(fut.result())
            if outer.cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    seen: set[int] = set()
    for child in children:
        if id(child) not in seen:
            seen.add(id(child))
            child.add_done_callback(on_done)
    return outer


@register("asyncio")
def _asyncio(rt: Runtime) -> dict[str, Any]:
    def loop() -> Scheduler:
        return rt.scheduler

    def run(main: Any, *, debug: Any = None) -> Any:
        sched = loop()
        if sched.running:
            if is_coroutine(main):
                main.close()
            raise RuntimeError("asyncio.run() cannot be called from a running event loop")
        if not is_coroutine(main):
            raise ValueError(f"a coroutine was expected, got {main!r}")
        return sched.run_until_complete(main)

    async def sleep(delay: Any, result: Any = None) -> Any:
        if type(delay) not in (int, float, bool):
            raise TypeError(
                f"'<=' not supported between instances of '{type(delay).__name__}' and 'int'"
            )
        if delay <= 0:
            return await _Yield(result)
        sched = loop()
        fut = Future(loop=sched)

        def wake() -> None:
            if not fut.done():
                fut.set_result(result)

        timer = sched.call_later(float(delay), wake)
        try:
            return await fut
        finally:
            timer.cancel()

    def gather(*aws: Any, return_exceptions: bool = False) -> Future:
        return _gather(loop(), aws, bool(return_exceptions))

    def create_task(coro: Any, *, name: Any = None, context: Any = None) -> Task:
        if context is not None:
            raise TypeError("create_task(context=...) is not supported in the sandbox")
        return loop().create_task(coro, name)

    def ensure_future_(coro_or_future: Any, *, loop: Any = None) -> Future:
        if loop is not None:
            raise TypeError("ensure_future(loop=...) is not supported in the sandbox")
        return ensure_future(coro_or_future)

    def current_task() -> Task | None:
        return loop().current

    def all_tasks() -> set[Task]:
        return {task for task in loop().tasks if not task.done()}

    def iscoroutine(obj: Any) -> bool:
        return is_coroutine(obj)

    def iscoroutinefunction(fn: Any) -> bool:
        return inspect.iscoroutinefunction(fn)

    def isfuture(obj: Any) -> bool:
        return isinstance(obj, Future)

    exports: dict[str, Callable[..., Any] | type[Any] | str] = {
        "run": run,
        "sleep": sleep,
        "gather": gather,
        "create_task": create_task,
        "ensure_future": ensure_future_,
        "current_task": current_task,
        "all_tasks": all_tasks,
        "iscoroutine": iscoroutine,
        "iscoroutinefunction": iscoroutinefunction,
        "isfuture": isfuture,
        "Future": Future,
        "Task": Task,
        "CancelledError": CancelledError,
        "InvalidStateError": InvalidStateError,
        "TimeoutError": asyncio.TimeoutError,
        "wait_for": wait_for,
        "wait": wait,
        "as_completed": as_completed,
        "shield": shield,
        "timeout": timeout,
        "timeout_at": timeout_at,
        "Timeout": Timeout,
        "TaskGroup": TaskGroup,
        "FIRST_COMPLETED": FIRST_COMPLETED,
        "FIRST_EXCEPTION": FIRST_EXCEPTION,
        "ALL_COMPLETED": ALL_COMPLETED,
        "Lock": Lock,
        "Event": Event,
        "Condition": Condition,
        "Semaphore": Semaphore,
        "BoundedSemaphore": BoundedSemaphore,
        "Queue": Queue,
        "LifoQueue": LifoQueue,
        "PriorityQueue": PriorityQueue,
        "QueueEmpty": QueueEmpty,
        "QueueFull": QueueFull,
    }
    return dict(exports)
