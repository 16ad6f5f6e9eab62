"""The sandbox's event loop: tasks, futures, timers and external calls, on the sandbox thread.

Sandbox coroutines are real CPython coroutines. What they await ends in one of our
`Future`s (a task, a timer, an external call), which suspends the task until the future is
done; a bare `yield` (`asyncio.sleep(0)`) just lets the others run. The loop is
deterministic: ready callbacks run in FIFO order, timers in deadline order, and completions
of external calls in the order the host delivers them.

The host is reached only through a `HostBridge`: when every task is blocked, the external
calls awaited since the last round are dispatched together (`asyncio.gather` over twenty
tool calls sends twenty calls at once), and the loop waits for the host to complete some of
them, or for the next timer.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import time
import types
from collections import deque
from collections.abc import Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import LimitExceeded
from .heap import waiting

if TYPE_CHECKING:
    from .runtime import Runtime

__all__ = [
    "CancelledError",
    "ExternalCall",
    "Future",
    "HostBridge",
    "InvalidStateError",
    "Scheduler",
    "Task",
    "current_scheduler",
    "require_instance",
    "running_scheduler",
]

CancelledError = asyncio.CancelledError
InvalidStateError = asyncio.InvalidStateError

_PENDING, _DONE, _CANCELLED = "PENDING", "FINISHED", "CANCELLED"


def require_instance(obj: object, cls: type) -> None:
    """Refuse an unbound method called on a foreign object (`Future.__init__(x)` from the
    sandbox would otherwise store the event loop on `x`), as C-level methods do."""
    if not isinstance(obj, cls):
        raise TypeError(
            f"descriptor requires a '{cls.__name__}' object but received a '{type(obj).__name__}'"
        )


#: Unfinished tasks a run may have at once. Each costs about 2 KB, and every one still
#: pending when the run ends must be closed, which takes a few microseconds: this bounds
#: that teardown to a fraction of a second.
MAX_TASKS = 50_000


class HostBridge(Protocol):
    """How the scheduler reaches the host. All methods are called on the sandbox thread."""

    def call(self, call: ExternalCall) -> None:
        """Run a synchronous external call; return once `call` is resolved (the run waits)."""
        ...

    def dispatch(self, calls: Sequence[ExternalCall]) -> None:
        """Start awaited external calls; they complete later, through `wait`."""
        ...

    def wait(self, timeout: float | None) -> Sequence[ExternalCall]:
        """Block until some dispatched calls are resolved (return them) or `timeout` passes."""
        ...

    def cancel(self, calls: Sequence[ExternalCall]) -> None:
        """The sandbox no longer wants these dispatched calls (cancelled, or the run ended)."""
        ...

    def clock(self) -> float:
        """The host's monotonic clock in seconds, as the run's timers see it (a host that
        replays a run answers from its journal)."""
        ...


class Future:
    """A result that is not there yet (`asyncio.Future` in the sandbox).

    State lives in slots, so a sandbox subclass cannot reach it through its instance
    `__dict__` (the policy refuses host-owned names that are not on the allow-list).
    """

    __slots__ = ("_callbacks", "_cancel_message", "_exception", "_loop", "_result", "_state")

    def __init__(self, *, loop: Scheduler | None = None) -> None:
        require_instance(self, Future)
        if loop is not None and not isinstance(loop, Scheduler):  # pyright: ignore[reportUnnecessaryIsInstance] - the sandbox can pass anything
            raise TypeError("loop must be the run's event loop")
        self._loop = loop if loop is not None else current_scheduler()
        self._state = _PENDING
        self._result: Any = None
        self._exception: BaseException | None = None
        self._cancel_message: Any = None
        self._callbacks: list[Callable[[Future], Any]] = []

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._state.lower()}>"

    def done(self) -> bool:
        """True once the future has a result, an exception, or was cancelled."""
        return self._state != _PENDING

    def cancelled(self) -> bool:
        """True if the future was cancelled."""
        return self._state == _CANCELLED

    def result(self) -> Any:
        """The result; raises the future's exception, `CancelledError`, or `InvalidStateError`."""
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _DONE:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception.__traceback__)
        return self._result

    def exception(self) -> BaseException | None:
        """The exception the future ended with (None for a result)."""
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _DONE:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def set_result(self, result: Any) -> None:
        """Complete the future with `result`."""
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _DONE
        self._schedule_callbacks()

    def set_exception(self, exception: Any) -> None:
        """Complete the future with `exception` (a class or an instance)."""
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError("invalid exception object")
        if isinstance(exception, StopIteration):
            raise TypeError(
                "StopIteration interacts badly with generators and cannot be raised into a Future"
            )
        self._exception = exception
        self._state = _DONE
        self._schedule_callbacks()

    def cancel(self, msg: Any = None) -> bool:
        """Cancel the future; False if it is already done."""
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn: Callable[[Future], Any]) -> None:
        """Call `fn(future)` (soon) once the future is done."""
        if self._state != _PENDING:
            self._loop.call_soon(lambda: fn(self))
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn: Callable[[Future], Any]) -> int:
        """Forget `fn`; return how many times it was registered."""
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def __await__(self) -> Generator[Any, None, Any]:
        if self._state == _PENDING:
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def _cancelled_error(self) -> BaseException:
        return (
            CancelledError()
            if self._cancel_message is None
            else CancelledError(self._cancel_message)
        )

    def _schedule_callbacks(self) -> None:
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._loop.call_soon(lambda fn=fn: fn(self))


class Task(Future):
    """A sandbox coroutine run by the scheduler (`asyncio.Task` in the sandbox)."""

    __slots__ = ("_cancel_requests", "_coro", "_must_cancel", "_name", "_seq", "_waiting_on")

    def __init__(self, coro: Any, *, loop: Scheduler, name: Any = None) -> None:
        super().__init__(loop=loop)
        self._coro = coro
        self._seq = next(loop.task_ids)
        self._name = f"Task-{self._seq}" if name is None else str(name)
        self._waiting_on: Future | None = None
        self._must_cancel = False
        self._cancel_requests = 0
        loop.tasks.add(self)
        loop.call_soon(self._step)

    def __repr__(self) -> str:
        return f"<Task {self._state.lower()} name={self._name!r}>"

    def get_name(self) -> str:
        """The task's name."""
        return self._name

    def set_name(self, value: Any) -> None:
        """Rename the task."""
        self._name = str(value)

    def cancelling(self) -> int:
        """How many cancellation requests are pending."""
        return self._cancel_requests

    def uncancel(self) -> int:
        """Withdraw one cancellation request."""
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def cancel(self, msg: Any = None) -> bool:
        """Ask the task to stop: `CancelledError` is raised inside it at its next step."""
        if self.done():
            return False
        self._cancel_requests += 1
        self._cancel_message = msg
        waiting = self._waiting_on
        if waiting is not None and waiting.cancel(msg):
            return True  # waking up from the cancelled future raises CancelledError
        self._must_cancel = True
        return True

    def _step(self, exc: BaseException | None = None) -> None:
        if self.done():
            return
        if self._must_cancel:
            self._must_cancel = False
            exc = exc if isinstance(exc, CancelledError) else self._cancelled_error()
        loop = self._loop
        previous, loop.current = loop.current, self
        try:
            yielded = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            self._loop.tasks.discard(self)
            if self._must_cancel:  # cancelled (by itself) during its last step
                self._must_cancel = False
                Future.cancel(self, self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._loop.tasks.discard(self)
            Future.cancel(self, cancelled.args[0] if cancelled.args else None)
        except LimitExceeded:
            raise
        except BaseException as error:
            self._loop.tasks.discard(self)
            Future.set_exception(self, error)
        else:
            self._suspend(yielded)
        finally:
            loop.current = previous

    def _suspend(self, yielded: Any) -> None:
        if yielded is None:  # a bare suspension: run again after the others
            self._loop.call_soon(self._step)
            return
        if isinstance(yielded, Future):
            if yielded is self:
                self._loop.call_soon(
                    lambda: self._step(RuntimeError(f"Task cannot await on itself: {self!r}"))
                )
                return
            self._waiting_on = yielded
            yielded.add_done_callback(self._wakeup)
            if self._must_cancel and yielded.cancel(self._cancel_message):
                self._must_cancel = False
            return
        self._loop.call_soon(lambda: self._step(RuntimeError(f"Task got bad yield: {yielded!r}")))

    def _wakeup(self, future: Future) -> None:
        self._waiting_on = None
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


class ExternalCall(Future):
    """A call to a host function: answered inline (sync) or dispatched when awaited (async)."""

    def __init__(
        self, loop: Scheduler, function_name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        super().__init__(loop=loop)
        self.function_name = function_name
        self.args = args
        self.kwargs = kwargs
        self.call_id = next(loop.call_ids)
        self.dispatched = False

    def __repr__(self) -> str:
        return f"<ExternalCall {self.function_name}() {self._state.lower()}>"

    def add_done_callback(self, fn: Callable[[Future], Any]) -> None:
        """Wait for the call: the first waiter (an `await`, `gather`...) has it dispatched."""
        if not self.dispatched and self._state == _PENDING:
            self.dispatched = True
            self._loop.to_dispatch.append(self)
        Future.add_done_callback(self, fn)

    def cancel(self, msg: Any = None) -> bool:
        """Cancel the call; the host is told to stop it when it is running."""
        if not Future.cancel(self, msg):
            return False
        self._loop.forget_call(self)
        return True

    def resolve(self, ok: bool, value: Any) -> None:
        """Complete with the host's answer (a result, or an exception for the sandbox)."""
        if self.done():
            return
        if ok:
            self.set_result(value)
        else:
            self.set_exception(value)


class _Timer:
    """A scheduled callback (`asyncio.TimerHandle`); `cancel()` stops it from running."""

    __slots__ = ("callback", "cancelled", "when")

    def __init__(self, when: float, callback: Callable[[], Any]) -> None:
        self.when = when
        self.callback = callback
        self.cancelled = False

    def cancel(self) -> None:
        """Do not run the callback."""
        self.cancelled = True

    def run(self) -> None:
        """Run the callback unless it was cancelled."""
        if not self.cancelled:
            self.callback()


class _NoHost:
    """The bridge of a run without a host driver: no awaited external calls."""

    def call(self, call: ExternalCall) -> None:
        if call.function_name.startswith("os."):  # no OS access without a host
            call.resolve(False, PermissionError("this run has no OS access"))
            return
        raise RuntimeError("external calls need a host driver")  # pragma: no cover

    def dispatch(self, calls: Sequence[ExternalCall]) -> None:
        for call in calls:
            call.resolve(
                False,
                RuntimeError(f"{call.function_name}() cannot be awaited in this run"),
            )

    def wait(self, timeout: float | None) -> Sequence[ExternalCall]:
        if timeout is not None and timeout > 0:
            with waiting():
                time.sleep(timeout)
        return ()

    def cancel(self, calls: Sequence[ExternalCall]) -> None:
        pass

    def clock(self) -> float:
        return time.monotonic()


#: Longest the loop waits for the host at once, so it can check its limits.
_WAIT_SLICE = 0.05


class Scheduler:
    """One run's event loop. `run_until_complete` drives a coroutine and everything it starts."""

    def __init__(self, rt: Runtime, host: HostBridge | None = None) -> None:
        self.rt = rt
        self.host: HostBridge = host if host is not None else _NoHost()
        self.ready: deque[Callable[[], Any]] = deque()
        self.timers: list[tuple[float, int, _Timer]] = []
        self.to_dispatch: list[ExternalCall] = []
        self.in_flight: dict[int, ExternalCall] = {}
        self.tasks: set[Task] = set()
        self.current: Task | None = None
        self.running = False
        #: a deadlock ends the current `_run_once` quietly (cleaning up leftover tasks)
        self._stuck_ok = False
        #: the task `run_until_complete` is driving
        self._main: Task | None = None
        self.task_ids = itertools.count(1)
        self.call_ids = itertools.count(1)
        self._timer_seq = itertools.count()

    # -- scheduling ---------------------------------------------------------------------
    def time(self) -> float:
        """The loop's clock (seconds, monotonic), as the host tells it."""
        return self.host.clock()

    def call_soon(self, callback: Callable[[], Any]) -> None:
        """Run `callback()` in the next round."""
        self.ready.append(callback)

    def call_soon_handle(self, callback: Callable[[], Any]) -> _Timer:
        """`call_soon` that can be cancelled (through the handle it returns)."""
        handle = _Timer(self.time(), callback)
        self.ready.append(handle.run)
        return handle

    def call_later(self, delay: float, callback: Callable[[], Any]) -> _Timer:
        """Run `callback()` after `delay` seconds."""
        return self.call_at(self.time() + max(delay, 0.0), callback)

    def call_at(self, when: float, callback: Callable[[], Any]) -> _Timer:
        """Run `callback()` once the loop's clock reaches `when`."""
        timer = _Timer(when, callback)
        heapq.heappush(self.timers, (timer.when, next(self._timer_seq), timer))
        return timer

    def create_task(self, coro: Any, name: Any = None) -> Task:
        """Wrap a sandbox coroutine in a task that starts in the next round."""
        if not isinstance(coro, types.CoroutineType):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if len(self.tasks) >= MAX_TASKS:
            coro.close()
            exc = LimitExceeded(
                "MemoryError", f"the run has {MAX_TASKS} unfinished tasks, the most it may have"
            )
            self.rt.trip(exc)
            raise exc
        return Task(coro, loop=self, name=name)

    def external_call(
        self, function_name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> ExternalCall:
        """A pending call to the host, dispatched when the sandbox awaits it."""
        return ExternalCall(self, function_name, args, kwargs)

    def call_now(self, function_name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """A synchronous call to the host: the whole run waits for its answer."""
        call = ExternalCall(self, function_name, args, kwargs)
        self.host.call(call)
        return call.result()

    def forget_call(self, call: ExternalCall) -> None:
        """A call the sandbox cancelled: drop it, and tell the host if it is running."""
        if call in self.to_dispatch:
            self.to_dispatch.remove(call)
        if self.in_flight.pop(call.call_id, None) is not None:
            self.host.cancel((call,))

    # -- running ------------------------------------------------------------------------
    def run_until_complete(self, coro: Any) -> Any:
        """Run `coro` (and the tasks it starts) to completion; return its result.

        Like `asyncio.run`: the loop stops in the round after `coro` finishes, then the
        tasks still running are cancelled and run until they end.
        """
        if self.running:
            coro.close()
            raise RuntimeError("asyncio.run() cannot be called from a running event loop")
        main = self.create_task(coro)
        previous_main, self._main = self._main, main
        self.running = True
        try:
            self._run_until_done(main)
            self._cancel_leftovers()
        finally:
            self.running = False
            self._main = previous_main
            self._abandon_calls()
            self._close_pending()
        return main.result()

    def _run_until_done(self, fut: Future) -> None:
        """Run rounds until the round in which `fut`'s done callback ran has finished."""
        stopped: list[bool] = []
        fut.add_done_callback(lambda _fut: stopped.append(True))
        while not stopped:
            if not self._run_once():
                return

    def _run_once(self) -> bool:
        """One round, like asyncio's `_run_once`: dispatch the awaited external calls, wait
        for the host or the next timer when nothing is ready, move the due timers to the
        ready queue, then run the callbacks that were ready at that point (not those they
        schedule, so timers get their turn between rounds). A deadlock raises
        `RuntimeError`, or returns False while leftover tasks are cleaned up."""
        if self.to_dispatch:
            batch, self.to_dispatch = self.to_dispatch, []
            for call in batch:
                self.in_flight[call.call_id] = call
            self.host.dispatch(batch)
            self._collect(batch)
        timers = self.timers
        while timers and timers[0][2].cancelled:
            heapq.heappop(timers)
        if not self.ready:
            if not self.in_flight and not timers:
                if self._stuck_ok:
                    return False
                self._break_deadlock()
                return True
            timeout = _WAIT_SLICE
            if timers:
                timeout = min(timeout, max(timers[0][0] - self.time(), 0.0))
            self._collect(self.host.wait(timeout))
            self.rt.slow_tick()
        elif self.in_flight:
            self._collect(self.host.wait(0))
        self._fire_timers()
        builtins = self.rt.builtins
        ready = self.ready
        for _ in range(len(ready)):
            next(builtins["__m_tk__"])
            self._run_callback(ready.popleft())
        return True

    def _break_deadlock(self) -> None:
        """Every task waits and nothing can wake them (CPython would hang): raise
        `RuntimeError` in the main task where it awaits, so the traceback shows that line;
        the tasks left waiting are cancelled once the main task ends."""
        error = RuntimeError("deadlock: every sandbox task is waiting and nothing can wake them up")
        main = self._main
        waiting = main._waiting_on if main is not None else None  # pyright: ignore[reportPrivateUsage]
        if main is None or waiting is None:
            raise error
        waiting.remove_done_callback(main._wakeup)  # pyright: ignore[reportPrivateUsage]
        main._waiting_on = None  # pyright: ignore[reportPrivateUsage]
        self.call_soon(lambda: main._step(error))  # pyright: ignore[reportPrivateUsage]

    def _run_callback(self, callback: Callable[[], Any]) -> None:
        """Run one callback. Like asyncio, an exception from a done callback is reported (on
        the sandbox's stderr) and the loop goes on; limits and `SystemExit` end the run."""
        try:
            callback()
        except (LimitExceeded, SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if not self.rt.keep_limit(exc, True):
                raise
            self.rt.output(
                "stderr",
                f"Exception in callback: {type(exc).__name__}: {BaseException.__str__(exc)}\n",
            )

    def _collect(self, calls: Sequence[ExternalCall]) -> None:
        """Forget the calls the host has answered."""
        for call in calls:
            if call.done():
                self.in_flight.pop(call.call_id, None)

    def _fire_timers(self) -> None:
        now = self.time()
        timers = self.timers
        while timers and timers[0][0] <= now:
            _, _, timer = heapq.heappop(timers)
            if not timer.cancelled:
                self.ready.append(timer.run)

    def _cancel_leftovers(self) -> None:
        """Like `asyncio.run`: cancel the tasks still running, in the order they were
        created, and run the loop until they have all ended (or nothing can move them)."""
        leftovers = sorted(
            (task for task in self.tasks if not task.done()),
            key=lambda task: task._seq,  # pyright: ignore[reportPrivateUsage]
        )
        if not leftovers:
            return
        for task in leftovers:
            task.cancel()
        everything = Future(loop=self)
        remaining = [len(leftovers)]

        def one_done(_task: Future) -> None:
            remaining[0] -= 1
            if remaining[0] == 0:
                everything.set_result(None)

        for task in leftovers:
            task.add_done_callback(one_done)
        self._stuck_ok = True
        try:
            self._run_until_done(everything)
        finally:
            self._stuck_ok = False

    def _close_pending(self) -> None:
        """Close the coroutines of the tasks still pending (the run hit a limit, or they
        ignored their cancellation): their `finally` blocks run now, in creation order, while
        the program's globals still exist, rather than in the garbage collector after the
        run. A tripped limit stops each at its first tick; nothing they raise escapes."""
        pending = sorted(self.tasks, key=lambda task: task._seq)  # pyright: ignore[reportPrivateUsage]
        self.tasks.clear()
        for task in pending:
            with contextlib.suppress(BaseException):  # abandoned: its error has no reader
                task._coro.close()  # pyright: ignore[reportPrivateUsage]

    def _abandon_calls(self) -> None:
        if self.in_flight:
            calls = list(self.in_flight.values())
            self.in_flight.clear()
            self.host.cancel(calls)
        self.to_dispatch.clear()


def current_scheduler() -> Scheduler:
    """The scheduler of the run on this thread."""
    from .runtime import CURRENT

    return CURRENT.get().scheduler


def running_scheduler() -> Scheduler:
    """The scheduler of the run on this thread, which must be running (`get_running_loop`)."""
    sched = current_scheduler()
    if not sched.running:
        raise RuntimeError("no running event loop")
    return sched
