"""The conversation between a run's sandbox thread and the host driver that answers its calls.

The sandbox runs on its own thread (see `monty_interpreter.execute.stack`). When its
scheduler needs the host it goes through a `ThreadBridge`:

- a synchronous call to a plain host function runs right there, on the sandbox thread;
- any other call (an async host function, or a name the host answers itself when stepping)
  is posted to the host as an `Event`, and the sandbox thread waits for the `answer`.

Events: `call` (a synchronous call: the whole run waits for it), `dispatch` (awaited calls
to start), `idle` (every task is blocked on the calls listed; stepping hosts hand control
back to their caller here), `cancel` (the sandbox dropped these calls) and `done` (the run
ended; `outcome` is `(ok, value)`).
"""

from __future__ import annotations

import base64
import inspect
import os
import queue
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from monty_interpreter import LimitExceeded
from monty_interpreter.execute.heap import waiting
from monty_interpreter.execute.runtime import Runtime
from monty_interpreter.execute.scheduler import ExternalCall

from ._convert import to_plain

if TYPE_CHECKING:
    from ._journal import Journal
    from ._snapshot import JournalEntry

__all__ = ["MISMATCH", "Event", "HostFunction", "ThreadBridge", "host_exception"]

Arguments = tuple[tuple[Any, ...], dict[str, Any]]
"""A call's `(args, kwargs)`."""

#: How long the sandbox thread blocks at once while waiting for the host (it then checks its
#: limits and waits again).
WAIT_SLICE = 0.05


@dataclass(frozen=True, kw_only=True)
class HostFunction:
    """A function the sandbox may call: `fn` runs it, or None when the host answers itself.

    Optional hooks (tools use them to validate, see `_tools`):

    - `prepare(args, kwargs, tick) -> (args, kwargs)` runs on the sandbox thread when the
      sandbox calls the function, on the arguments already converted to plain data; an
      exception it raises is raised right there in the sandbox (it must be a fresh builtin
      exception). Long work calls `tick()` now and then (it raises when a limit trips).
    - `convert(result)` turns what `fn` returned into the value the sandbox receives
      (default: `to_plain`); an exception it raises reaches the sandbox via `host_exception`.
    """

    name: str
    fn: Callable[..., Any] | None = None
    is_async: bool = False
    prepare: Callable[[tuple[Any, ...], dict[str, Any], Callable[[], None]], Arguments] | None = (
        None
    )
    convert: Callable[[Any], Any] | None = None

    @classmethod
    def of(
        cls, name: str, fn: Callable[..., Any] | None, *, is_async: bool = False
    ) -> HostFunction:
        """Describe `fn` (async when it is a coroutine function)."""
        return cls(
            name=name,
            fn=fn,
            is_async=is_async or (fn is not None and inspect.iscoroutinefunction(fn)),
        )

    def sandbox_value(self, result: Any) -> tuple[bool, Any]:
        """`(ok, value)`: `result` as the sandbox receives it, or the exception it raises."""
        try:
            return True, (self.convert or to_plain)(result)
        except Exception as exc:
            return False, host_exception(exc)


@dataclass(frozen=True)
class Event:
    """Something the sandbox thread tells the host driver."""

    kind: Literal["call", "dispatch", "idle", "cancel", "done"]
    calls: tuple[ExternalCall, ...] = ()
    outcome: tuple[bool, Any] | None = field(default=None)


def host_exception(exc: BaseException) -> BaseException:
    """What the sandbox sees for an exception a host function raised: the same builtin
    exception type with its message, or `RuntimeError` for other types."""
    tp = type(exc)
    if tp.__module__ == "builtins" and issubclass(tp, Exception):
        try:
            if isinstance(exc, OSError) and exc.filename is not None and len(exc.args) == 2:
                return tp(*[to_plain(arg) for arg in (*exc.args, exc.filename)])
            return tp(*[to_plain(arg) for arg in exc.args])
        except Exception:
            return RuntimeError(str(exc))
    return RuntimeError(str(exc))


#: The type name of the error that ends a replayed run that left its snapshot's path.
MISMATCH = "SnapshotMismatch"


class _Mismatch(LimitExceeded):
    """A replayed run asked for something its snapshot did not record (ends the run)."""

    def __init__(self, message: str) -> None:
        super().__init__(MISMATCH, message)


class _Abandoned(LimitExceeded):
    def __init__(self) -> None:
        super().__init__("RuntimeError", "the host abandoned the run")


class ThreadBridge:
    """The scheduler's `HostBridge` for a run on a sandbox thread (see the module docstring).

    `post(event)` delivers an event to the host driver; `answer` (called from any thread)
    resolves a call. `stepping` hosts answer with the clock stopped and get an `idle` event
    each time the run blocks on calls still unanswered.
    """

    def __init__(
        self,
        functions: dict[str, HostFunction],
        post: Callable[[Event], None],
        *,
        stepping: bool = False,
    ) -> None:
        self.rt: Runtime | None = None
        self.functions = functions
        self.post = post
        self.stepping = stepping
        self._answers: queue.SimpleQueue[list[tuple[int, bool, Any]]] = queue.SimpleQueue()
        self._pending: dict[int, ExternalCall] = {}
        self._resolved: list[ExternalCall] = []
        self.journal: Journal | None = None
        """When set, every answer and clock reading the run receives is recorded there."""
        self.replay_readings: deque[JournalEntry] = deque()
        """Clock readings and random bytes to give the run before the host's own."""
        self._outcomes: dict[int, tuple[bool, Any]] = {}

    # -- host side (any thread) ---------------------------------------------------------
    def answer(self, call_id: int, ok: bool, value: Any) -> None:
        """Resolve call `call_id` with a result (`ok`) or an exception."""
        self._answers.put([(call_id, ok, value)])

    def answer_many(self, answers: list[tuple[int, bool, Any]]) -> None:
        """Resolve several calls `(call_id, ok, value)` at once: one wake-up of the sandbox
        thread (the list is the bridge's from now on)."""
        self._answers.put(answers)

    def abandon(self) -> None:
        """The host will never answer: stop the run."""
        if self.rt is not None:
            self.rt.interrupt()
        self._answers.put([(-1, False, None)])

    def detach(self) -> None:
        """The run ended: forget its runtime. (A bridge made before the run started is older
        than the runtime; while it points at it, the runtime's cycles are out of reach of a
        collection of young objects.)"""
        self.rt = None

    def attach(self, rt: Runtime) -> None:
        """Serve `rt` (on the sandbox thread, when the run starts): its external calls, and
        its clocks and entropy (so a journal can record them)."""
        self.rt = rt
        rt.host = self
        rt.monotonic_source = self.clock
        rt.clock_source = self.wall_clock
        rt.entropy_source = self.entropy

    # -- sandbox side -------------------------------------------------------------------
    def call(self, call: ExternalCall) -> None:
        """A synchronous call: plain host functions run here; the rest go to the host."""
        spec = self.functions[call.function_name]
        if spec.fn is not None and not spec.is_async:
            self._resolve(call, *invoke_sync(spec, call.args, call.kwargs))
        else:
            self._pending[call.call_id] = call
            self.post(Event("call", (call,)))
            while not call.done():
                self._receive(None if self.stepping else WAIT_SLICE)
            self._resolved.remove(call)
        if self.journal is not None:
            self.journal.answered("call", [self._outcome(call)])

    def dispatch(self, calls: Sequence[ExternalCall]) -> None:
        """Awaited calls: plain host functions run here (in order); the rest go to the host."""
        remote: list[ExternalCall] = []
        for call in calls:
            spec = self.functions[call.function_name]
            if spec.fn is not None and not spec.is_async:
                self._resolve(call, *invoke_sync(spec, call.args, call.kwargs))
                self._resolved.append(call)
            else:
                self._pending[call.call_id] = call
                remote.append(call)
        if remote:
            self.post(Event("dispatch", tuple(remote)))

    def wait(self, timeout: float | None) -> Sequence[ExternalCall]:
        """The calls answered since the last wait, blocking up to `timeout` for one."""
        if not self._resolved:
            if self.stepping and self._pending:
                self.post(Event("idle", tuple(self._pending.values())))
                self._receive(None)
            elif self._pending or timeout:
                self._receive(timeout)
        while True:  # drain what else has arrived
            try:
                item = self._answers.get_nowait()
            except queue.Empty:
                break
            self._apply(item)
        resolved, self._resolved = self._resolved, []
        if self.journal is not None:
            self.journal.answered("wait", [self._outcome(call) for call in resolved])
        return resolved

    def clock(self) -> float:
        """The host's monotonic clock (recorded when journaling)."""
        replayed = self._replayed("clock")
        now = time.monotonic() if replayed is None else float(replayed)
        if self.journal is not None:
            self.journal.clock(now)
        return now

    def wall_clock(self) -> float:
        """The host's time of day (recorded when journaling)."""
        replayed = self._replayed("wall_clock")
        now = time.time() if replayed is None else float(replayed)
        if self.journal is not None:
            self.journal.clock(now, "wall_clock")
        return now

    def entropy(self, size: int) -> bytes:
        """Random bytes from the host (recorded when journaling)."""
        replayed = self._replayed("entropy")
        data = os.urandom(size) if replayed is None else replayed
        if not isinstance(data, bytes) or len(data) != size:
            raise _Mismatch("the snapshot's random bytes do not match what the run asked for")
        if self.journal is not None:
            self.journal.entropy(data)
        return data

    def _replayed(self, kind: str) -> float | bytes | None:
        """The next reading to replay (None: none left, read the host's)."""
        if not self.replay_readings:
            return None
        entry = self.replay_readings.popleft()
        if entry.kind != kind:
            raise _Mismatch(
                f"the snapshot does not match the program: it recorded a {entry.kind} reading "
                f"where the program read the {kind}"
            )
        if kind == "entropy":
            try:
                return base64.b64decode(entry.data or "", validate=True)
            except ValueError:
                raise _Mismatch("invalid snapshot: random bytes that are not base64") from None
        if entry.clock is None:
            raise _Mismatch("invalid snapshot: a clock entry without a reading")
        return entry.clock

    def cancel(self, calls: Sequence[ExternalCall]) -> None:
        """Tell the host to stop these calls."""
        dropped = tuple(call for call in calls if self._pending.pop(call.call_id, None) is not None)
        if dropped:
            self.post(Event("cancel", dropped))

    def _receive(self, timeout: float | None) -> None:
        assert self.rt is not None
        tracker = self.rt.tracker
        if self.stepping:
            tracker.stop()  # the clock stops while the host decides
        try:
            if timeout == 0:
                item = None
            else:
                with waiting():
                    item = self._answers.get(timeout=timeout)
        except queue.Empty:
            item = None
        finally:
            if self.stepping:
                tracker.start()
        if item is not None:
            self._apply(item)
        self.rt.slow_tick()

    def _apply(self, items: list[tuple[int, bool, Any]]) -> None:
        for call_id, ok, value in items:
            if call_id == -1:
                raise _Abandoned()
            call = self._pending.pop(call_id, None)
            if call is None:
                continue  # cancelled meanwhile, or answered twice
            if ok:
                self._resolve(call, *self.functions[call.function_name].sandbox_value(value))
            else:
                self._resolve(call, False, host_exception(value))
            self._resolved.append(call)

    def _resolve(self, call: ExternalCall, ok: bool, value: Any) -> None:
        call.resolve(ok, value)
        if self.journal is not None:
            self._outcomes[call.call_id] = (ok, value)

    def _outcome(self, call: ExternalCall) -> tuple[ExternalCall, bool, Any]:
        ok, value = self._outcomes.pop(call.call_id)
        return call, ok, value


def invoke_sync(
    spec: HostFunction, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[bool, Any]:
    """Call a plain host function with plain data; `(ok, result or sandbox exception)`."""
    assert spec.fn is not None
    try:
        with waiting():  # host code: it may run for long, and leaves garbage of its own
            result = spec.fn(*args, **kwargs)
    except Exception as exc:
        return False, host_exception(exc)
    return spec.sandbox_value(result)
