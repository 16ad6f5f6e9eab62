"""`asyncio.timeout`/`timeout_at` (`Timeout`) and `asyncio.TaskGroup`, as in CPython 3.11.

Ported from CPython 3.11.7's `asyncio/timeouts.py` and `asyncio/taskgroups.py` onto the
run's scheduler. Both work by cancelling the task that entered them (`Task.cancel`, undone
with `Task.uncancel`), so they compose with `wait_for`, `gather` and each other as in
CPython. A task that swallows every `CancelledError` keeps running: the run's time limit
ends it, as any other loop.

Security: state lives in `__slots__`; only the public API is registered with the policy.
"""

from __future__ import annotations

from typing import Any

from ..execute.scheduler import (
    CancelledError,
    Future,
    Scheduler,
    Task,
    require_instance,
    running_scheduler,
)
from ..policy import register_host_type

__all__ = ["TaskGroup", "Timeout", "timeout", "timeout_at"]

_CREATED, _ENTERED, _EXPIRING, _EXPIRED, _EXITED = (
    "created",
    "active",
    "expiring",
    "expired",
    "finished",
)


class Timeout:
    """Asynchronous context manager cancelling the code it wraps once its deadline passes."""

    __slots__ = ("_cancelling", "_state", "_task", "_timeout_handler", "_when")

    def __init__(self, when: float | None) -> None:
        self._state = _CREATED
        self._timeout_handler: Any = None
        self._task: Task | None = None
        self._when = when
        self._cancelling = 0

    def when(self) -> float | None:
        """Return the current deadline."""
        return self._when

    def reschedule(self, when: float | None) -> None:
        """Move the deadline (None: never)."""
        if self._state != _ENTERED:
            if self._state == _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = running_scheduler()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon_handle(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self) -> bool:
        """Is timeout expired during execution?"""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self) -> str:
        info = [""]
        if self._state == _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state}]{' '.join(info)}>"

    async def __aenter__(self) -> Timeout:
        require_instance(self, Timeout)
        if self._state != _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = running_scheduler().current
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type: Any, exc_val: Any, exc_tb: Any) -> bool | None:
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == _EXPIRING:
            self._state = _EXPIRED
            assert self._task is not None
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self) -> None:
        assert self._task is not None
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay: Any) -> Timeout:
    """A `Timeout` that expires `delay` seconds from now (None: never)."""
    loop = running_scheduler()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when: Any) -> Timeout:
    """A `Timeout` that expires when the loop's clock reaches `when` (None: never)."""
    return Timeout(when)


class TaskGroup:
    """Run tasks together: the first failure cancels the others; errors come out as an
    `ExceptionGroup` (`asyncio.TaskGroup`)."""

    __slots__ = (
        "_aborting",
        "_base_error",
        "_entered",
        "_errors",
        "_exiting",
        "_loop",
        "_on_completed_fut",
        "_parent_cancel_requested",
        "_parent_task",
        "_tasks",
    )

    def __init__(self) -> None:
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop: Scheduler | None = None
        self._parent_task: Task | None = None
        self._parent_cancel_requested = False
        self._tasks: dict[Task, None] = {}  # a set kept in creation order
        self._errors: list[BaseException] | None = []
        self._base_error: BaseException | None = None
        self._on_completed_fut: Future | None = None

    def __repr__(self) -> str:
        info = [""]
        if self._tasks:
            info.append(f"tasks={len(self._tasks)}")
        if self._errors:
            info.append(f"errors={len(self._errors)}")
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self) -> TaskGroup:
        require_instance(self, TaskGroup)
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = running_scheduler()
        self._parent_task = self._loop.current
        if self._parent_task is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    async def __aexit__(self, et: Any, exc: Any, tb: Any) -> None:
        self._exiting = True
        loop, parent = self._loop, self._parent_task
        assert loop is not None and parent is not None
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested and parent.uncancel() == 0:
            propagate_cancellation_error = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = Future(loop=loop)
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        errors = self._errors
        assert errors is not None
        if propagate_cancellation_error and not errors:
            raise propagate_cancellation_error
        if exc is not None and et is not CancelledError:
            errors.append(exc)
        if errors:
            try:
                me = BaseExceptionGroup("unhandled errors in a TaskGroup", errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro: Any, *, name: Any = None, context: Any = None) -> Task:
        """Start `coro` as a task of this group."""
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is not None:
            raise TypeError("create_task(context=...) is not supported in the sandbox")
        assert self._loop is not None
        task = self._loop.create_task(coro, name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    @staticmethod
    def _is_base_error(exc: BaseException) -> bool:
        return isinstance(exc, SystemExit | KeyboardInterrupt)

    def _abort(self) -> None:
        self._aborting = True
        for t in list(self._tasks):
            if not t.done():
                t.cancel()

    def _on_task_done(self, task: Future) -> None:
        self._tasks.pop(task, None)  # pyright: ignore[reportArgumentType, reportCallIssue]
        waiter = self._on_completed_fut
        if waiter is not None and not self._tasks and not waiter.done():
            waiter.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        assert self._errors is not None and self._parent_task is not None
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


Timeout.__module__ = "asyncio.timeouts"
TaskGroup.__module__ = "asyncio.taskgroups"
register_host_type(Timeout, "when reschedule expired __aenter__ __aexit__")
register_host_type(TaskGroup, "create_task __aenter__ __aexit__")
