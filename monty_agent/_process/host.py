"""The host's side of a run in a worker process.

The run's host driver (`_drivers.AsyncDriver`) and its `ThreadBridge` (with the session's
journal, or a `ReplayBridge`) are the same as for an in-process run. What runs on the
driver's sandbox thread is not the program but `relay`: it sends the program to the worker,
then answers each message the worker's bridge sends by calling the host bridge's method of
the same name (`call`, `dispatch`, `wait`, `cancel`, `clock`, `wall_clock`, `entropy`) and
sending back what it returned. Tools therefore still run as tasks of the caller's event loop,
and journals record exactly what they record in-process: a snapshot taken in one isolation
mode loads in the other.

The host also keeps the run's time: a worker that has not answered `KILL_GRACE` seconds after
the run's `max_duration_secs` (a C-level loop no tick interrupts) is killed, and the run
fails with the `TimeoutError` of the time limit. A worker that dies or sends anything but
well-formed messages fails the run with `MontyCrashedError`.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import os
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, cast

import anyio
import anyio.lowlevel
import anyio.to_thread
from monty_interpreter import LimitExceeded
from monty_interpreter.execute.heap import waiting
from monty_interpreter.execute.runtime import Runtime
from monty_interpreter.execute.scheduler import ExternalCall
from monty_interpreter.execute.stack import MIN_STACK

from .._bridge import HostFunction, ThreadBridge
from .._convert import to_plain
from .._drivers import AsyncDriver
from .._errors import MontyCrashedError, MontyError, MontyRuntimeError, StackFrame
from .._limits import ResourceLimits
from .._os_calls import PREFIX as OS_PREFIX
from .._os_calls import OSRun
from . import values
from .polling import Poller
from .pool import WorkerDied, WorkerPool, WorkerProcess, default_pool
from .protocol import (
    CallSpec,
    Done,
    ErrorSpec,
    FrameReader,
    FrameTimeout,
    WorkerMessage,
    encode_line,
)

__all__ = [
    "HOST_SPIN",
    "KILL_GRACE",
    "PLAIN_HEAD",
    "POLLER",
    "RunRequest",
    "polled",
    "relay",
    "run_in_worker",
]

#: Seconds a worker may take past the run's time limit before the host kills it.
KILL_GRACE = 0.1
#: Seconds a worker may take to stop after its run was cancelled before it is killed.
CANCEL_GRACE = 1.0

PrintCallback = Callable[[str, str], None]


@dataclasses.dataclass(kw_only=True, slots=True)
class RunRequest:
    """What a worker needs to run a program."""

    code: str
    script_name: str
    input_names: tuple[str, ...]
    inputs: Mapping[str, Any]
    limits: ResourceLimits
    session: bool = False
    os_run: OSRun | None = None
    """The run's OS access: its clock, randomness and sleep policy apply in the worker,
    whose skipped seconds come back into it at the end of the run."""
    replay: bool = False
    """A loaded session's snippet replayed: its skipped sleeps count again from zero."""

    def spec(self, functions: Mapping[str, HostFunction]) -> bytes:
        """The second line of the `run` frame: the program, its host functions and limits,
        the same for every run of a program (encoded once, kept in `_SPECS`; the worker
        keeps what it parsed from it too). Its OS functions are not listed one by one:
        `os_calls` says whether the host answers the OS operations synchronously or not."""
        listed: list[tuple[str, bool, bool]] = []
        os_calls: str | None = None
        for fn in functions.values():
            if fn.name.startswith(OS_PREFIX):
                os_calls = "async" if fn.is_async else "sync"
            else:
                listed.append((fn.name, fn.is_async, fn.prepare is not None))
        key = (
            self.code,
            self.script_name,
            self.input_names,
            tuple(listed),
            os_calls,
            self.limits,
            self.session,
        )
        found = _SPECS.get(key)
        if found is not None:
            return found
        spec = {
            "code": self.code,
            "script_name": self.script_name,
            "inputs_names": list(self.input_names),
            "functions": listed,
            "os_calls": os_calls,
            "limits": dataclasses.asdict(self.limits),
            "session": self.session,
        }
        encoded = _SPECS[key] = encode_line(spec)
        while len(_SPECS) > _SPEC_CACHE:
            with contextlib.suppress(KeyError, StopIteration):  # another thread took it
                del _SPECS[next(iter(_SPECS))]
        return encoded

    def head(self) -> bytes:
        """The first line of the `run` frame, a JSON object (the worker's pool adds the
        run's number): what changes from run to run, the inputs and the OS policy (with its
        skipped seconds so far)."""
        policy = (
            None if self.os_run is None else self.os_run.policy(offset=0.0 if self.replay else None)
        )
        if not self.inputs and policy is None:
            return PLAIN_HEAD
        inputs = values.encode({k: to_plain(v) for k, v in self.inputs.items()})
        return encode_line({"op": "run", "inputs": inputs, "os": policy})


#: Run specs encoded so far (see `RunRequest.spec`), the oldest first.
_SPECS: dict[tuple[Any, ...], bytes] = {}
_SPEC_CACHE = 256
#: The head of a run without inputs or OS policy (most runs), before its number.
PLAIN_HEAD = encode_line({"op": "run", "inputs": values.encode({}), "os": None})


#: The limits of a run that names none (immutable: shared by every such run).
_NO_LIMITS = ResourceLimits()


def process_limits(limits: object) -> ResourceLimits:
    """The `ResourceLimits` of a process run (a custom tracker cannot cross to a worker)."""
    if limits is None:
        return _NO_LIMITS
    if isinstance(limits, ResourceLimits):
        return limits
    raise TypeError(
        "isolation='process' takes ResourceLimits (or a dict of them), not a tracker object: "
        "a worker builds its own tracker"
    )


async def run_in_worker(
    request: RunRequest,
    functions: dict[str, HostFunction],
    print_callback: PrintCallback,
    *,
    pool: WorkerPool | None = None,
    worker: WorkerProcess | None = None,
    setup: Callable[[ThreadBridge], ThreadBridge] | None = None,
) -> Any:
    """Run `request` in `worker` (or in one checked out of `pool` for the run), answering
    its calls with `functions` through the async driver. `setup(bridge)` may attach a journal
    or put another bridge in the host bridge's place."""
    message = (request.head(), request.spec(functions))
    if worker is not None:
        return await _converse(worker, message, functions, print_callback, request, setup)
    source = pool if pool is not None else default_pool()
    chosen = await source.checkout()
    try:
        return await _converse(chosen, message, functions, print_callback, request, setup)
    finally:
        source.checkin(chosen)


async def _converse(
    worker: WorkerProcess,
    message: tuple[bytes, bytes],
    functions: dict[str, HostFunction],
    print_callback: PrintCallback,
    request: RunRequest,
    setup: Callable[[ThreadBridge], ThreadBridge] | None,
) -> Any:
    """Send the run; read what comes back on the event loop while it is only printed output.
    A run that never needs its host (the common case) ends here, without a host thread; the
    first request hands the conversation to `relay` on the driver's thread."""
    limits = request.limits
    started = time.monotonic()
    hard = None if limits.max_duration_secs is None else started + limits.max_duration_secs
    deadline = None if hard is None else hard + KILL_GRACE
    try:
        await _by_deadline(worker.start_run(*message), worker, deadline, limits.max_duration_secs)
        while True:
            first = await _next_message(worker, deadline, limits.max_duration_secs)
            if first.op != "print":
                break
            print_callback(first.stream, first.text)  # pyright: ignore[reportAttributeAccessIssue]
    except WorkerDied as exc:
        raise MontyCrashedError(f"the worker process running the program {exc.reason}") from None
    except _Overran as exc:
        raise MontyRuntimeError("TimeoutError", str(exc), limit=True) from None
    except anyio.get_cancelled_exc_class():
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(_abandon, worker)
        raise
    if isinstance(first, Done):
        _take_offset(first, request.os_run)
        try:
            return _outcome(first)
        except _Garbage as exc:
            raise _garbage(worker, exc) from None

    def body(bridge: ThreadBridge) -> Any:
        chosen = setup(bridge) if setup else bridge
        return relay(worker, first, chosen, print_callback, limits, started, request.os_run)

    return await AsyncDriver(functions).drive(body, MIN_STACK)


async def _next_message(
    worker: WorkerProcess, deadline: float | None, max_duration: float | None
) -> Any:
    """The worker's next message, waited for on the event loop (killed at `deadline`). The
    loop is never blocked, not even by a worker that sends half a frame and stalls."""
    while True:
        if not await polled(worker.reader):  # nothing came while the host polled
            await _by_deadline(worker.readable.wait(), worker, deadline, max_duration)
        message = worker.receive_available()
        if message is not None:
            return message


async def _by_deadline(
    step: Awaitable[None], worker: WorkerProcess, deadline: float | None, max_duration: float | None
) -> None:
    """Await `step`, unless `deadline` (a `time.monotonic()` reading) passes first: then the
    worker is killed and the run has overrun its time limit (`max_duration` seconds)."""
    if deadline is None:
        await step
        return
    with anyio.move_on_after(max(deadline - time.monotonic(), 0)) as scope:
        await step
    if scope.cancelled_caught:
        worker.kill("overran its time limit")
        raise _Overran(_timeout_message(max_duration or 0.0))


#: Seconds the host polls for a worker's message, between turns of its event loop, before
#: it waits on the loop (see `polled`).
HOST_SPIN = 0.001
#: A turn of the event loop longer than this (seconds) means other work is going on (other
#: tasks, or another process on this CPU, maybe the worker): polling then stops.
_BUSY_TURN = 30e-6
#: Whether the host polls: one for the process (the state of its CPUs is what it learns).
POLLER = Poller(HOST_SPIN, _BUSY_TURN)


async def polled(reader: FrameReader) -> bool:
    """Whether (part of) a worker's next message came while the host polled for it (see
    `polling`), yielding to the event loop's other tasks, and to other processes, between
    two polls: the event loop is never blocked, every poll is a turn of it. A short run's
    answer comes sooner than `HOST_SPIN`, and then finds the host running."""
    if not POLLER.start():
        return reader.ready()
    while not reader.ready():
        os.sched_yield()
        await anyio.lowlevel.checkpoint()
        if not POLLER.go_on():
            return reader.ready()
    return True


def _abandon(worker: WorkerProcess) -> None:
    """The caller gave the run up while the worker ran it: stop the run, read until it ends
    (answering any request with the end of the run), kill the worker if it does not stop."""
    try:
        worker.interrupt()
        deadline = time.monotonic() + CANCEL_GRACE
        while True:
            incoming = worker.receive(deadline)
            if isinstance(incoming, Done):
                return
            seq = getattr(incoming, "seq", None)
            if seq is not None:
                message = "the host abandoned the run"
                worker.send({"op": "reply", "seq": seq, "limit": ["RuntimeError", message]})
    except FrameTimeout:
        worker.kill("did not stop after its run was cancelled")
    except WorkerDied:
        pass


class _Clock:
    """The host side keeps no tracker clock: stepping stops (`ThreadBridge._receive`) are
    no-ops."""

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


class _HostSide:
    """What the host bridge takes for the run's `Runtime`: the host's view of its time
    limit, and a way to interrupt the worker."""

    def __init__(
        self, worker: WorkerProcess, max_duration: float | None, started: float | None = None
    ) -> None:
        self.tracker = _Clock()
        self.worker = worker
        self.started = time.monotonic() if started is None else started
        self.max_duration = max_duration
        self.finished = False

    def slow_tick(self) -> None:
        """The run's time limit, as the host sees it, while it answers the worker."""
        if self.max_duration is not None and time.monotonic() - self.started > self.max_duration:
            raise LimitExceeded("TimeoutError", _timeout_message(self.max_duration))

    def interrupt(self) -> None:
        """The run was abandoned: stop the worker's run, and kill the worker if it does not
        stop soon."""
        try:
            self.worker.interrupt()
        except WorkerDied:
            return

        def kill() -> None:
            if not self.finished:
                self.worker.kill("did not stop after its run was cancelled")

        timer = threading.Timer(CANCEL_GRACE, kill)
        timer.daemon = True
        timer.start()


def _timeout_message(seconds: float) -> str:
    return f"execution exceeded the time limit of {seconds:g} seconds"


class _RelayCall:
    """The host's copy of one of the worker's external calls (what the host bridge and the
    journal read of an `ExternalCall`)."""

    __slots__ = ("args", "call_id", "function_name", "kwargs", "outcome")

    def __init__(
        self, call_id: int, function_name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        self.call_id = call_id
        self.function_name = function_name
        self.args = args
        self.kwargs = kwargs
        self.outcome: tuple[bool, Any] | None = None

    def resolve(self, ok: bool, value: Any) -> None:
        if self.outcome is None:
            self.outcome = (ok, value)

    def done(self) -> bool:
        return self.outcome is not None


class _Overran(Exception):
    """The worker overran the run's time limit and was killed."""


class _Garbage(Exception):
    """The worker sent a well-formed message that makes no sense here."""


def relay(
    worker: WorkerProcess,
    first: WorkerMessage,
    bridge: ThreadBridge,
    print_callback: PrintCallback,
    limits: ResourceLimits,
    started: float | None = None,
    os_run: OSRun | None = None,
) -> Any:
    """Go on with the run `worker` sent `first` of, answering its messages with `bridge`
    (on the driver's sandbox thread); the run's result, or its error. `os_run`: the run's
    OS access (a clock callback answers the worker's wall-clock readings; skipped seconds
    come back)."""
    side = _HostSide(worker, limits.max_duration_secs, started)
    bridge.rt = cast(Runtime, side)
    try:
        with waiting():  # no sandbox code executes in this process: the host's heap stays thawed
            return _Relay(worker, bridge, print_callback, side, os_run).run(first)
    finally:
        side.finished = True


class _Relay:
    def __init__(
        self,
        worker: WorkerProcess,
        bridge: ThreadBridge,
        print_callback: PrintCallback,
        side: _HostSide | None,
        os_run: OSRun | None = None,
    ) -> None:
        self.worker = worker
        self.bridge = bridge
        self.print_callback = print_callback
        self.side = side
        self.os_run = os_run
        self.host_clock = None if os_run is None else os_run.host_clock()
        self.calls: dict[int, _RelayCall] = {}
        self.prepared: dict[int, tuple[tuple[Any, ...], dict[str, Any]]] = {}
        self.host_error: Exception | None = None

    def run(self, first: WorkerMessage) -> Any:
        try:
            done = self.serve(first)
        except WorkerDied as exc:
            raise MontyCrashedError(
                f"the worker process running the program {exc.reason}"
            ) from None
        except _Overran as exc:
            raise MontyRuntimeError("TimeoutError", str(exc), limit=True) from None
        except _Garbage as exc:
            raise _garbage(self.worker, exc) from None
        except BaseException:
            self.worker.kill("the host stopped the run")
            raise
        try:
            return self.finish(done)
        except _Garbage as exc:
            raise _garbage(self.worker, exc) from None

    def serve(self, first: WorkerMessage) -> Done:
        """Answer the worker, from its message `first`, until the run is done."""
        worker, side = self.worker, self.side
        assert side is not None
        hard = None if side.max_duration is None else side.started + side.max_duration + KILL_GRACE
        pending: Any = first
        answered = time.monotonic()
        while True:
            deadline = None if hard is None else max(hard, answered + KILL_GRACE)
            try:
                incoming, pending = pending or worker.receive(deadline), None
            except FrameTimeout:
                assert side.max_duration is not None
                worker.kill("overran its time limit")
                raise _Overran(_timeout_message(side.max_duration)) from None
            if isinstance(incoming, Done):
                return incoming
            reply = self.answer(incoming)
            if reply is not None:
                worker.send(reply)
                answered = time.monotonic()

    def answer(self, incoming: Any) -> dict[str, Any] | None:
        """The reply to one message (None for notices)."""
        op = incoming.op
        if op == "print":
            self.print_callback(incoming.stream, incoming.text)
            return None
        if op == "dispatch":
            # a limit met while decoding is dropped with the notice: the worker's next
            # request (it waits for these calls) gets it
            self.guarded(lambda: self.dispatch(incoming.calls))
            return None
        if op == "cancel":
            dropped = [self.calls.pop(i) for i in incoming.ids if i in self.calls]
            self.guarded(lambda: self.bridge.cancel(_as_calls(dropped)))
            return None
        if op in ("ready", "refused", "escaped"):
            raise _Garbage(f"an unexpected {op!r} message during a run")
        reply = self.guarded(lambda: self.request(incoming))
        reply["seq"] = incoming.seq
        return reply

    def guarded(self, fn: Callable[[], Any]) -> Any:
        """`fn()`, its limit errors and host errors turned into replies that end the run."""
        try:
            return fn()
        except LimitExceeded as exc:
            return {"op": "reply", "limit": [exc.type_name, exc.message]}
        except _Garbage:
            raise
        except Exception as exc:
            if self.host_error is None:
                self.host_error = exc
            return {"op": "reply", "limit": ["RuntimeError", "the host stopped the run"]}

    def request(self, incoming: Any) -> dict[str, Any]:
        op = incoming.op
        bridge = self.bridge
        if self.side is not None:  # a worker past its time limit gets the limit, not answers
            self.side.slow_tick()
        if op == "call":
            call = self.call_of(incoming.call)
            bridge.call(cast(ExternalCall, call))
            assert call.outcome is not None
            ok, value = _encode_answer(*call.outcome)
            return {"op": "reply", "ok": ok, "value": value}
        if op == "wait":
            resolved = bridge.wait(incoming.timeout)
            out: list[list[Any]] = []
            for found in resolved:
                call = cast(_RelayCall, found)
                self.calls.pop(call.call_id, None)
                assert call.outcome is not None
                ok, value = _encode_answer(*call.outcome)
                out.append([call.call_id, ok, value])
            return {"op": "reply", "resolved": out}
        if op == "clock":
            return {"op": "reply", "value": bridge.clock()}
        if op == "wall_clock":
            if self.host_clock is not None:  # a callback clock: not journaled, as in-process
                return {"op": "reply", "value": self.host_clock()}
            return {"op": "reply", "value": bridge.wall_clock()}
        if op == "entropy":
            data = bridge.entropy(incoming.size)
            return {"op": "reply", "value": base64.b64encode(data).decode("ascii")}
        assert op == "prepare"
        spec = bridge.functions.get(incoming.name)
        if spec is None or spec.prepare is None:
            raise _Garbage(f"a prepare request for {incoming.name!r}, which is not a tool")
        args, kwargs = self.arguments(incoming.payload)
        try:
            assert self.side is not None
            prepared = spec.prepare(args, kwargs, self.side.slow_tick)
        except Exception as exc:
            ok, value = _encode_answer(False, exc)
            return {"op": "reply", "ok": ok, "value": value}
        number = len(self.prepared)
        self.prepared[number] = prepared
        return {"op": "reply", "ok": True, "prepared": number}

    def dispatch(self, specs: list[CallSpec]) -> None:
        batch = [self.call_of(spec) for spec in specs]
        for call in batch:
            self.calls[call.call_id] = call
        self.bridge.dispatch(_as_calls(batch))

    def tick(self) -> None:
        """The run's time limit, as the host sees it (during a long decoding)."""
        if self.side is not None:
            self.side.slow_tick()

    def call_of(self, spec: CallSpec) -> _RelayCall:
        if spec.name not in self.bridge.functions:
            raise _Garbage(f"a call to {spec.name!r}, which is not a host function of the run")
        if spec.prepared is not None:
            found = self.prepared.pop(spec.prepared, None)
            if found is None:
                raise _Garbage("a call with arguments that were never prepared")
            args, kwargs = found
        else:
            args, kwargs = self.arguments(spec.payload)
        return _RelayCall(spec.id, spec.name, args, kwargs)

    def arguments(self, payload: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """A call's `(args, kwargs)`, decoded within the run's time limit."""
        try:
            decoded = values.decode(payload, self.tick)
        except ValueError as exc:
            raise _Garbage(str(exc)) from None
        pair = cast("tuple[Any, ...]", decoded)
        if type(decoded) is not tuple or len(pair) != 2:
            raise _Garbage("call arguments that are not (args, kwargs)")
        args, kwargs = cast("tuple[object, dict[object, Any]]", pair)
        if type(args) is not tuple or type(kwargs) is not dict:
            raise _Garbage("call arguments that are not (args, kwargs)")
        if not all(type(k) is str for k in kwargs):
            raise _Garbage("keyword arguments whose names are not strings")
        return cast("tuple[tuple[Any, ...], dict[str, Any]]", pair)

    def finish(self, done: Done) -> Any:
        _take_offset(done, self.os_run)
        if self.host_error is not None:
            raise self.host_error
        return _outcome(done)


def _take_offset(done: Done, os_run: OSRun | None) -> None:
    """The seconds the run's sleep policy skipped, into the host's `OSRun`."""
    if os_run is not None and done.os_offset is not None:
        os_run.offset = done.os_offset


def _outcome(done: Done) -> Any:
    """The run's result, or its error raised; `_Garbage` for a `done` that makes no sense."""
    if done.ok:
        try:
            return values.decode(done.value)
        except ValueError as exc:
            raise _Garbage(str(exc)) from None
    if done.error is None:
        raise _Garbage("a failed run without an error")
    raise _error(done.error)


def _garbage(worker: WorkerProcess, exc: _Garbage) -> MontyCrashedError:
    """Kill `worker`, which sent nonsense; the error its run fails with."""
    worker.kill(f"sent protocol garbage: {exc}")
    return MontyCrashedError(f"the worker process running the program sent protocol garbage: {exc}")


def _as_calls(calls: list[_RelayCall]) -> list[ExternalCall]:
    return cast("list[ExternalCall]", calls)


def _encode_answer(ok: bool, value: Any) -> tuple[bool, Any]:
    """`(ok, value)` for the worker; a value that cannot cross becomes a `TypeError` there."""
    try:
        return ok, values.encode(value)
    except ValueError as exc:
        if not ok:
            return False, values.encode(RuntimeError(str(value)))
        return False, values.encode(
            TypeError(f"the host's answer cannot be sent to the worker: {exc}")
        )


def _error(spec: ErrorSpec) -> BaseException:
    if spec.kind == "TypeError":
        return TypeError(spec.message)
    if spec.kind == "ValueError":
        return ValueError(spec.message)
    if spec.kind == "MontyError":
        return MontyError(spec.message)
    return _runtime_error(spec)


def _runtime_error(spec: ErrorSpec) -> MontyRuntimeError:
    return MontyRuntimeError(
        spec.type_name,
        spec.message,
        frames=tuple(
            StackFrame(
                filename=f.filename,
                lineno=f.lineno,
                function=f.function,
                source_line=f.source_line,
            )
            for f in spec.frames
        ),
        limit=spec.limit,
        cause=None if spec.cause is None else _runtime_error(spec.cause),
        cause_link=spec.cause_link,
    )
