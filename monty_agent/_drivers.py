"""Host drivers of a run on its sandbox thread: the anyio driver (`run_async`) and the
stepping driver (`start()` -> `FunctionCall` / `FutureBatch` -> `resume()` -> ... ->
`Complete`). Both talk to the sandbox through a `ThreadBridge` (see `_bridge`)."""

from __future__ import annotations

import asyncio
import contextvars
import functools
import queue
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import anyio
import anyio.from_thread
import anyio.lowlevel
from monty_interpreter.execute.scheduler import ExternalCall
from monty_interpreter.execute.stack import start_on_sandbox_stack

from ._bridge import Event, HostFunction, ThreadBridge
from ._errors import MontyError
from ._journal import Journal
from ._snapshot import JournalCall, JournalEntry, ProgressSnapshot, Turn, encode_value

__all__ = [
    "AsyncDriver",
    "Complete",
    "FunctionCall",
    "FutureBatch",
    "PendingCall",
    "Progress",
    "Stepper",
]

RunBody = Callable[[ThreadBridge], Any]


# -- async driver -------------------------------------------------------------------------


class AsyncDriver:
    """Runs the sandbox on its thread and its async calls as tasks of the caller's event
    loop: plain asyncio tasks under asyncio (the lean path), an anyio task group otherwise."""

    def __init__(self, functions: dict[str, HostFunction]) -> None:
        self.functions = functions

    async def drive(self, body: RunBody, stack_size: int) -> Any:
        """Run `body(bridge)` on a sandbox thread; return its result or raise its error."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover - not asyncio: trio, or another anyio backend
            return await _AnyioDrive(self.functions).drive(body, stack_size)
        _load_anyio_backend()
        return await _AsyncioDrive(self.functions, loop).drive(body, stack_size)


@functools.cache
def _load_anyio_backend() -> None:
    """Import anyio's asyncio backend now: a cancelled run needs it (for a shielded wait),
    and importing it then would hold the GIL while the sandbox thread has to stop."""
    anyio.lowlevel.current_token()


def _outcome(outcome: tuple[bool, Any] | None) -> Any:
    assert outcome is not None
    ok, value = outcome
    if ok:
        return value
    raise value


def _after_the_run(event: Event) -> None:
    """Where a finished run's events go: nowhere (a run posts none after `done`)."""


class _AsyncioDrive:
    """One run under asyncio. Events from the sandbox thread are handled in the caller's
    context; each awaited call is a task of the loop; the answers that tasks produce in one
    pass of the loop reach the sandbox thread together (one wake-up, not one per call)."""

    def __init__(self, functions: dict[str, HostFunction], loop: asyncio.AbstractEventLoop):
        self.functions = functions
        self.loop = loop
        self.context = contextvars.copy_context()
        self.bridge = ThreadBridge(functions, self.post)
        self.tasks: dict[int, asyncio.Task[None]] = {}
        self.answers: list[tuple[int, bool, Any]] = []
        self.finished = asyncio.Event()
        self.outcome: tuple[bool, Any] | None = None
        self.failure: BaseException | None = None

    async def drive(self, body: RunBody, stack_size: int) -> Any:
        bridge = self.bridge
        start_on_sandbox_stack(
            lambda: body(bridge),
            stack_size,
            lambda ok, value: self.post(Event("done", outcome=(ok, value))),
        )
        try:
            await self.finished.wait()
        except BaseException:
            bridge.abandon()
            with anyio.CancelScope(shield=True):
                await self.finished.wait()
            raise
        finally:
            if self.tasks:
                await self._stop_tools()
            # the run is over: the bridge no longer reaches this driver, so the two are freed
            # as soon as the run's caller lets go, not by a full collection (made before the
            # run, they turned old when the heap froze for it)
            bridge.post = _after_the_run
        if self.failure is not None:
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", [self.failure])
        return _outcome(self.outcome)

    def post(self, event: Event) -> None:
        """Deliver `event` to the loop (called on the sandbox thread)."""
        self.loop.call_soon_threadsafe(self.handle, event, context=self.context)

    def handle(self, event: Event) -> None:
        """An event from the sandbox, in the loop's thread."""
        kind = event.kind
        if kind == "dispatch" or kind == "call":
            for call in event.calls:
                self.tasks[call.call_id] = self.loop.create_task(self._call(call))
        elif kind == "cancel":
            for call in event.calls:
                task = self.tasks.get(call.call_id)
                if task is not None:
                    task.cancel()
        elif kind == "done":
            self.outcome = event.outcome
            self.finished.set()

    async def _call(self, call: ExternalCall) -> None:
        spec = self.functions[call.function_name]
        assert spec.fn is not None
        try:
            result = spec.fn(*call.args, **call.kwargs)
            if spec.is_async:
                result = await result
        except Exception as exc:
            self._answer((call.call_id, False, exc))
        except BaseException as exc:
            task = asyncio.current_task()
            if not (isinstance(exc, asyncio.CancelledError) and task and task.cancelling()):
                self._fail(exc)  # like an anyio task group: the run stops, the caller gets it
            if isinstance(exc, KeyboardInterrupt | SystemExit | asyncio.CancelledError):
                raise
        else:
            self._answer((call.call_id, True, result))
        finally:
            self.tasks.pop(call.call_id, None)

    def _answer(self, item: tuple[int, bool, Any]) -> None:
        """Queue an answer; the sandbox gets it now when no other call is running, else with
        the other answers of this pass of the loop."""
        answers = self.answers
        answers.append(item)
        if len(answers) == 1:
            if len(self.tasks) <= 1:
                self._flush()
            else:
                self.loop.call_soon(self._flush)

    def _flush(self) -> None:
        answers, self.answers = self.answers, []
        if answers:
            self.bridge.answer_many(answers)

    def _fail(self, exc: BaseException) -> None:
        if self.failure is None:
            self.failure = exc
            self.bridge.abandon()

    async def _stop_tools(self) -> None:
        """Cancel the calls still running and wait for them to finish."""
        tasks = list(self.tasks.values())
        for task in tasks:
            task.cancel()
        with anyio.CancelScope(shield=True):
            await asyncio.wait(tasks)


class _AnyioDrive:  # pragma: no cover - trio is not installed in the test environment
    """One run under another anyio backend: its calls are tasks of one task group."""

    def __init__(self, functions: dict[str, HostFunction]) -> None:
        self.functions = functions
        self.scopes: dict[int, anyio.CancelScope] = {}
        self.outcome: tuple[bool, Any] | None = None

    async def drive(self, body: RunBody, stack_size: int) -> Any:
        token = anyio.lowlevel.current_token()
        finished = anyio.Event()
        async with anyio.create_task_group() as tg:

            def handle(event: Event) -> None:
                if event.kind in ("call", "dispatch"):
                    for call in event.calls:
                        tg.start_soon(self._call, bridge, call)
                elif event.kind == "cancel":
                    for call in event.calls:
                        scope = self.scopes.pop(call.call_id, None)
                        if scope is not None:
                            scope.cancel()
                elif event.kind == "done":
                    self.outcome = event.outcome
                    finished.set()

            def post(event: Event) -> None:
                anyio.from_thread.run_sync(handle, event, token=token)

            bridge = ThreadBridge(self.functions, post)
            start_on_sandbox_stack(
                lambda: body(bridge),
                stack_size,
                lambda ok, value: post(Event("done", outcome=(ok, value))),
            )
            try:
                await finished.wait()
            except BaseException:
                bridge.abandon()
                with anyio.CancelScope(shield=True):
                    await finished.wait()
                raise
            finally:
                tg.cancel_scope.cancel()
                bridge.post = _after_the_run  # (as `_AsyncioDrive` does: `post` holds `bridge`)
        return _outcome(self.outcome)

    async def _call(self, bridge: ThreadBridge, call: ExternalCall) -> None:
        spec = self.functions[call.function_name]
        assert spec.fn is not None
        with anyio.CancelScope() as scope:
            self.scopes[call.call_id] = scope
            try:
                result = spec.fn(*call.args, **call.kwargs)
                if spec.is_async:
                    result = await result
            except Exception as exc:
                bridge.answer(call.call_id, False, exc)
            else:
                bridge.answer(call.call_id, True, result)
            finally:
                self.scopes.pop(call.call_id, None)


# -- stepping driver ----------------------------------------------------------------------


@dataclass(frozen=True)
class PendingCall:
    """One call the program is waiting on: `function_name(*args, **kwargs)`."""

    function_name: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    call_id: int


@dataclass(frozen=True)
class Complete:
    """The program finished; `output` is its final expression's value as plain data."""

    output: Any


class _Conversation:
    """The host end of a stepped run: events in, answers out, one progress at a time."""

    def __init__(self, functions: dict[str, HostFunction]) -> None:
        self.events: queue.SimpleQueue[Event] = queue.SimpleQueue()
        self.bridge = ThreadBridge(functions, self.events.put, stepping=True)
        self.finished = False
        self.turn = 0
        #: what a snapshot needs: the run, its inputs and limits, and every answered turn
        self.snapshot: ProgressSnapshot | None = None
        self.journal: list[Turn] = []
        self.shown: tuple[str, tuple[ExternalCall, ...]] = ("call", ())
        #: the clock readings and random bytes the run took, and how many by each turn
        self.readings = Journal(readings_only=True)
        self.bridge.journal = self.readings
        self.marks: list[int] = []
        # Dropping every progress of an unfinished run abandons it: the sandbox thread stops.
        self._done = [False]
        weakref.finalize(self, _abandon, self.bridge, self._done)

    def next_progress(self) -> Progress:
        while True:
            event = self.events.get()
            if event.kind == "call":
                self.shown = ("call", event.calls)
                self.marks.append(len(self.readings.entries))
                return FunctionCall(self, event.calls[0])
            if event.kind == "idle":
                self.shown = ("batch", event.calls)
                self.marks.append(len(self.readings.entries))
                return FutureBatch(self, event.calls)
            if event.kind == "done":
                self.finished = self._done[0] = True
                assert event.outcome is not None
                ok, value = event.outcome
                if ok:
                    return Complete(value)
                raise value

    def answer(self, turn: int, answers: Mapping[int, tuple[bool, Any]]) -> Progress:
        if turn != self.turn or self.finished:
            raise MontyError("this progress was already resumed")
        self.turn += 1
        if self.snapshot is not None:
            self.journal.append(_turn(self.shown, answers))
        self.bridge.answer_many([(call_id, ok, value) for call_id, (ok, value) in answers.items()])
        return self.next_progress()

    def dump(self, turn: int) -> bytes:
        """The snapshot of the run as it was at `turn`."""
        if self.snapshot is None:
            raise MontyError("this run cannot be dumped (it was not started by MontyRun.start)")
        readings = tuple(self.readings.entries[: self.marks[turn]])
        return self.snapshot.model_copy(
            update={"journal": tuple(self.journal[:turn]), "readings": readings}
        ).dump()


def _turn(
    shown: tuple[str, tuple[ExternalCall, ...]], answers: Mapping[int, tuple[bool, Any]]
) -> Turn:
    kind, calls = shown
    recorded: list[JournalCall] = []
    for call in calls:
        ok, value = answers.get(call.call_id, (None, None))
        recorded.append(
            JournalCall(
                call_id=call.call_id,
                function_name=call.function_name,
                args=encode_value(call.args),
                kwargs=encode_value(call.kwargs),
                ok=ok,
                value=None if ok is None else encode_value(value),
            )
        )
    return Turn(kind="call" if kind == "call" else "batch", calls=tuple(recorded))


def _abandon(bridge: ThreadBridge, done: list[bool]) -> None:
    if not done[0]:
        bridge.abandon()


@dataclass
class FunctionCall:
    """The program called `function_name(*args, **kwargs)` and waits for the answer.

    Answer with `resume(return_value=...)` or `resume(exception=...)`; each progress can be
    resumed once.
    """

    _conversation: _Conversation = field(repr=False)
    _call: ExternalCall = field(repr=False)
    function_name: str = field(init=False)
    args: tuple[Any, ...] = field(init=False)
    kwargs: dict[str, Any] = field(init=False)
    call_id: int = field(init=False)
    _turn: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.function_name = self._call.function_name
        self.args = self._call.args
        self.kwargs = self._call.kwargs
        self.call_id = self._call.call_id
        self._turn = self._conversation.turn

    def dump(self) -> bytes:
        """This paused run as bytes; `monty_agent.load_progress` continues it anywhere."""
        return self._conversation.dump(self._turn)

    def resume(
        self, return_value: Any = None, *, exception: BaseException | None = None
    ) -> Progress:
        """Answer the call and run until the program needs the host again (or ends)."""
        answer = (False, exception) if exception is not None else (True, return_value)
        return self._conversation.answer(self._turn, {self.call_id: answer})


@dataclass
class FutureBatch:
    """Every task of the program waits on these awaited calls. Answer all of them, or some:
    `resume({call_id: value}, errors={call_id: exception})` runs the program until it needs
    the host again; the calls left unanswered come back in the next `FutureBatch`."""

    _conversation: _Conversation = field(repr=False)
    _calls: tuple[ExternalCall, ...] = field(repr=False)
    calls: tuple[PendingCall, ...] = field(init=False)
    _turn: int = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.calls = tuple(
            PendingCall(c.function_name, c.args, c.kwargs, c.call_id) for c in self._calls
        )
        self._turn = self._conversation.turn

    def dump(self) -> bytes:
        """This paused run as bytes; `monty_agent.load_progress` continues it anywhere."""
        return self._conversation.dump(self._turn)

    def resume(
        self,
        results: Mapping[int, Any] | None = None,
        *,
        errors: Mapping[int, BaseException] | None = None,
    ) -> Progress:
        """Answer some or all of the calls (by `call_id`) and run on."""
        known = {call.call_id for call in self.calls}
        answers: dict[int, tuple[bool, Any]] = {}
        for call_id, value in (results or {}).items():
            answers[call_id] = (True, value)
        for call_id, exc in (errors or {}).items():
            answers[call_id] = (False, exc)
        unknown = sorted(set(answers) - known)
        if unknown:
            raise MontyError(f"no pending call with id {unknown[0]} in this batch")
        if not answers:
            raise MontyError("resume() needs at least one result or error")
        return self._conversation.answer(self._turn, answers)


Progress = FunctionCall | FutureBatch | Complete


class Stepper:
    """Starts a stepped run."""

    def __init__(
        self,
        functions: dict[str, HostFunction],
        snapshot: ProgressSnapshot | None = None,
        replay: Sequence[JournalEntry] = (),
    ) -> None:
        self.conversation = _Conversation(functions)
        self.conversation.snapshot = snapshot
        self.conversation.bridge.replay_readings.extend(replay)

    def begin(self, body: RunBody, stack_size: int) -> Progress:
        conversation = self.conversation
        start_on_sandbox_stack(
            lambda: body(conversation.bridge),
            stack_size,
            lambda ok, value: conversation.events.put(Event("done", outcome=(ok, value))),
        )
        return conversation.next_progress()
