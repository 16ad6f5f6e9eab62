"""The worker process: `python -s -P -m monty_agent._process.worker CONFIG`.

Start-up, in order: limit the address space (`RLIMIT_AS`) and CPU time (`RLIMIT_CPU`),
import everything a run may need (the interpreter, its sandbox modules, the codecs), warm a
sandbox thread up, drop root privileges (to `nobody`) when started as root, lock the process
down with seccomp (`lockdown.py`; a worker that cannot lock itself down exits without serving)
and say `ready`. The host starts it with a clean environment and a fixed `PYTHONHASHSEED`.

Then it serves runs, one at a time, on one thread with a deep C stack (the stack a sandbox
thread gets in-process, see `monty_interpreter.execute.stack`): that thread reads the host's
frames and executes each run itself, so a run costs no hand-off between threads. (A run
whose memory budget needs a deeper stack than that thread's executes on a sandbox thread of
its own size, while the serving thread goes on reading the host's frames for it.) The run's
`RemoteBridge` turns every call the scheduler makes on its host (`call`, `dispatch`,
`wait`, `cancel`, the clocks, entropy, `print`, a tool's argument check) into a message and
waits for the host's reply. At the end of stdin the worker exits.

The main thread only watches the control pipe, where the host writes the number of a run
to interrupt (a run that computes reads no frames, so an interrupt cannot wait in stdin).
"""

from __future__ import annotations

import base64
import contextlib
import gc
import importlib
import json
import os
import pkgutil
import queue
import resource
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import monty_interpreter
from monty_interpreter import LimitExceeded
from monty_interpreter.execute.heap import executing, freeze_for_good, waiting
from monty_interpreter.execute.runtime import Runtime
from monty_interpreter.execute.scheduler import ExternalCall
from monty_interpreter.execute.stack import (
    allocation_mark,
    largest_stack,
    on_sandbox_stack,
    release,
    stack_size_for,
    start_on_sandbox_stack,
    start_thread,
)
from monty_interpreter.execute.tracker import LimitTracker, process_memory
from monty_interpreter.program import new_runtime

from .._bridge import HostFunction, ThreadBridge
from .._errors import MontyError, MontyRuntimeError
from .._limits import ResourceLimits
from .._os_calls import OPERATIONS, OSRun
from .._os_calls import PREFIX as OS_PREFIX
from .._run import MontyRun
from .._session import MontySession
from . import values
from .host import PLAIN_HEAD, RunRequest
from .lockdown import LockdownError, lock_down
from .protocol import (
    INTERRUPT,
    PROTOCOL_VERSION,
    FrameError,
    FrameReader,
    pack,
    split_run,
    write_all,
)

__all__ = [
    "Ahead",
    "Channel",
    "RemoteBridge",
    "RunSpec",
    "Worker",
    "main",
    "parse_head",
    "serve",
    "watch_interrupts",
]

#: Compiled programs kept by a worker (by their spec).
_PROGRAM_CACHE = 128
#: Seconds the worker polls for the host's next frame before its read blocks.
_SPIN = 0.002
#: How a run frame's head says "no inputs".
_NO_INPUTS = values.encode({})
#: A plain run's head (see `parse_head`) up to its number.
_PLAIN_RUN = PLAIN_HEAD[:-1] + b',"run":'


class Channel:
    """The worker's end of the pipes: frames out (from any thread), replies in. A run that
    executes on the thread reading the host's frames (`reader_thread`) reads its replies
    itself; a run on another thread gets them from that thread, through `replies`."""

    def __init__(self, out_fd: int) -> None:
        self.out_fd = out_fd
        self.lock = threading.Lock()
        self.replies: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
        self.seq = 0
        self.reader: FrameReader | None = None
        self.reader_thread: int | None = None

    def send(self, message: dict[str, Any]) -> None:
        data = pack(message)
        with self.lock:
            write_all(self.out_fd, data)

    def request(self, message: dict[str, Any]) -> dict[str, Any]:
        """Send a request and wait for the host's reply. Requests are numbered: a reply to
        an earlier request (one a run stopped waiting for when its limit tripped) is dropped."""
        self.seq += 1
        seq = message["seq"] = self.seq
        self.send(message)
        with waiting():
            while True:
                reply = self._next_reply()
                if reply.get("op") == "reply" and reply.get("seq") == seq:
                    return reply

    def _next_reply(self) -> dict[str, Any]:
        if threading.get_ident() != self.reader_thread:
            return self.replies.get()
        assert self.reader is not None
        try:
            return json.loads(self.reader.read())
        except FrameError:  # the host went away: end the run (nothing will read it)
            raise LimitExceeded("RuntimeError", "the host went away") from None


class _Prepared:
    """Stands for the arguments a tool's `prepare` validated on the host (kept there)."""

    __slots__ = ("number",)

    def __init__(self, number: int) -> None:
        self.number = number


class RemoteBridge(ThreadBridge):
    """The scheduler's `HostBridge` in a worker: every call is a message to the host."""

    def __init__(self, functions: dict[str, HostFunction], channel: Channel) -> None:
        super().__init__(functions, _no_post)
        self.channel = channel
        self._dispatched: dict[int, ExternalCall] = {}

    def _ask(self, message: dict[str, Any]) -> dict[str, Any]:
        reply = self.channel.request(message)
        limit = reply.get("limit")
        if limit is not None:
            raise LimitExceeded(str(limit[0]), str(limit[1]))
        return reply

    def _tick(self) -> None:
        if self.rt is not None:
            self.rt.slow_tick()

    def _spec(self, call: ExternalCall) -> dict[str, Any]:
        args = call.args
        if len(args) == 1 and type(args[0]) is _Prepared and not call.kwargs:
            return {"id": call.call_id, "name": call.function_name, "prepared": args[0].number}
        payload = values.encode((call.args, call.kwargs), self._tick)
        return {"id": call.call_id, "name": call.function_name, "payload": payload}

    def call(self, call: ExternalCall) -> None:
        reply = self._ask({"op": "call", "call": self._spec(call)})
        call.resolve(bool(reply["ok"]), values.decode(reply["value"]))
        self._tick()

    def dispatch(self, calls: Sequence[ExternalCall]) -> None:
        specs = [self._spec(call) for call in calls]
        for call in calls:
            self._dispatched[call.call_id] = call
        self.channel.send({"op": "dispatch", "calls": specs})

    def wait(self, timeout: float | None) -> Sequence[ExternalCall]:
        reply = self._ask({"op": "wait", "timeout": timeout})
        resolved: list[ExternalCall] = []
        for call_id, ok, value in reply["resolved"]:
            call = self._dispatched.pop(call_id, None)
            if call is not None:
                call.resolve(bool(ok), values.decode(value))
                resolved.append(call)
        self._tick()
        return resolved

    def cancel(self, calls: Sequence[ExternalCall]) -> None:
        ids = [c.call_id for c in calls if self._dispatched.pop(c.call_id, None) is not None]
        if ids:
            self.channel.send({"op": "cancel", "ids": ids})

    def clock(self) -> float:
        return float(self._ask({"op": "clock"})["value"])

    def wall_clock(self) -> float:
        return float(self._ask({"op": "wall_clock"})["value"])

    def entropy(self, size: int) -> bytes:
        return base64.b64decode(self._ask({"op": "entropy", "size": size})["value"])

    def print(self, stream: str, text: str) -> None:
        """The run's print callback: the host shows what was printed."""
        self.channel.send({"op": "print", "stream": stream, "text": text})

    def prepare(
        self,
        name: str,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        tick: Callable[[], None],
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """Tool `name`'s `prepare` hook: the host validates the arguments and keeps them."""
        payload = values.encode((args, kwargs), tick)
        reply = self._ask({"op": "prepare", "name": name, "payload": payload})
        if not reply["ok"]:
            raise values.decode(reply["value"])
        return (_Prepared(int(reply["prepared"])),), {}


def _no_post(event: object) -> None:  # pragma: no cover - a remote bridge never posts
    raise RuntimeError("a worker's bridge does not post events")


class RunSpec(NamedTuple):
    """What a `run` frame's spec says, ready to run: the compiled program, its host
    functions (each call goes to the host), its limits, and whether it is a session's."""

    program: MontyRun
    functions: dict[str, HostFunction]
    limits: ResourceLimits
    session: bool


class Ahead(NamedTuple):
    """What the next run of `spec` needs, made by the worker while the host reads the last
    result: the run's bridge, its tracker and (unless it is a session's) its runtime."""

    spec: RunSpec
    bridge: RemoteBridge
    tracker: LimitTracker
    runtime: Runtime | None


class Worker:
    """A worker's state between runs: compiled programs and the session (when pinned).

    `stack` is the C stack, in bytes, of the thread that serves (`serve`): runs whose memory
    budget that stack covers execute on it. `limit_cpu=False` leaves the CPU limit alone (a
    worker served on a thread of a test process)."""

    def __init__(
        self, channel: Channel, *, test_hooks: bool, limit_cpu: bool = True, stack: int = 0
    ) -> None:
        self.channel = channel
        self.test_hooks = test_hooks
        self.limit_cpu = limit_cpu
        self.stack = stack
        self.programs: OrderedDict[bytes, RunSpec] = OrderedDict()
        self.session: MontySession | None = None
        self.session_mark = 0
        #: the deepest stack the session's snippets needed (its state is freed on one as deep)
        self.session_stack = 0
        self.bridge: RemoteBridge | None = None
        #: the OS policy of the current (or last) run
        self.os_run: OSRun | None = None
        #: the host's number of the current (or last) run: interrupts name the run they stop
        self.run_number = 0
        self.cpu_soft, self.cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
        #: what the next run needs, made after the last one while the host reads its result
        self.ahead: Ahead | None = None

    def spec(self, data: bytes) -> RunSpec:
        """The run spec encoded as `data` (a `run` frame's second line), parsed and its
        program compiled once: kept for the next run of the same program."""
        found = self.programs.get(data)
        if found is not None:
            self.programs.move_to_end(data)
            return found
        spec = json.loads(data)
        functions = spec["functions"]
        os_calls = spec["os_calls"]
        program = MontyRun(
            spec["code"],
            inputs=spec["inputs_names"],
            external_functions=[f[0] for f in functions if not f[1]],
            async_functions=[f[0] for f in functions if f[1]],
            script_name=spec["script_name"],
        )
        table: dict[str, HostFunction] = {}
        for name, is_async, checked in functions:
            prepare = self._prepare_for(name) if checked else None
            table[name] = HostFunction(name=name, is_async=is_async, prepare=prepare)
        if os_calls is not None:  # the host answers every OS operation, sync or async
            for operation in OPERATIONS:
                name = OS_PREFIX + operation
                table[name] = HostFunction(name=name, is_async=os_calls == "async")
        limits = ResourceLimits(**spec["limits"])
        self.programs[data] = found = RunSpec(program, table, limits, bool(spec["session"]))
        if len(self.programs) > _PROGRAM_CACHE:
            self.programs.popitem(last=False)
        return found

    def _prepare_for(
        self, name: str
    ) -> Callable[[tuple[Any, ...], dict[str, Any], Callable[[], None]], Any]:
        """Tool `name`'s `prepare` hook, through the bridge of the run that calls it."""

        def prepare(
            args: tuple[Any, ...], kwargs: dict[str, Any], tick: Callable[[], None]
        ) -> tuple[tuple[Any, ...], dict[str, Any]]:
            bridge = self.bridge
            assert bridge is not None  # a hook only runs during a run
            return bridge.prepare(name, args, kwargs, tick)

        return prepare

    def start_run(self, message: dict[str, Any], spec_data: bytes) -> None:
        """Run a program (`message` is the `run` frame's head, `spec_data` its spec): here
        when this thread's stack is deep enough for the run's memory budget, else on a
        sandbox thread (`done` is then sent from there)."""
        spec = self.spec(spec_data)
        limits = spec.limits
        self._cpu_budget(limits.max_duration_secs)
        self.run_number = int(message.get("run", 0))
        self.os_run = None
        channel = self.channel
        stack = stack_size_for(limits.max_memory)
        if spec.session:
            self.session_stack = max(self.session_stack, stack)

        def body() -> dict[str, Any]:
            try:
                return {"op": "done", "ok": True, "value": self.execute(message, spec)}
            except MontyRuntimeError as exc:
                return {"op": "done", "ok": False, "error": _error_spec(exc)}
            except (TypeError, ValueError, MontyError) as exc:
                kind = "MontyError" if isinstance(exc, MontyError) else type(exc).__name__
                kind = kind if kind in ("TypeError", "ValueError", "MontyError") else "MontyError"
                error = {"kind": kind, "message": str(exc)}
                return {"op": "done", "ok": False, "error": error}
            except MemoryError:
                error = {"kind": "MontyError", "message": "the worker ran out of memory"}
                return {"op": "done", "ok": False, "error": error}

        def finished(ok: bool, outcome: Any) -> None:
            self.bridge = None
            if not ok:  # pragma: no cover - body catches what a run raises
                outcome = {"op": "done", "ok": False, "error": _internal(outcome)}
            if self.os_run is not None and message.get("os") is not None:
                outcome["os_offset"] = self.os_run.offset
            try:
                channel.send(outcome)
            except ValueError as exc:  # pragma: no cover - a value JSON refuses
                channel.send({"op": "done", "ok": False, "error": _internal(exc)})

        if stack > self.stack:
            start_on_sandbox_stack(body, stack, finished)
            return
        try:
            with executing():
                outcome = body()
        except BaseException as exc:  # pragma: no cover - body catches what a run raises
            finished(False, exc)
        else:
            finished(True, outcome)
        if self.ahead is None:
            self.ahead = self._prepare(spec)

    def _prepare(self, spec: RunSpec) -> Ahead:
        """What a next run of `spec` needs, all fresh (no code ran in any of it yet)."""
        tracker = spec.limits.tracker()
        runtime = None if spec.session else new_runtime(tracker, filename=spec.program.script_name)
        return Ahead(spec, RemoteBridge(spec.functions, self.channel), tracker, runtime)

    def execute(self, message: dict[str, Any], spec: RunSpec) -> Any:
        program = spec.program
        ahead, self.ahead = self.ahead, None
        if ahead is None or ahead.spec is not spec:
            ahead = self._prepare(spec)
        self.bridge = bridge = ahead.bridge
        tracker = ahead.tracker
        raw = message["inputs"]
        inputs: Any = {} if raw == _NO_INPUTS else values.decode(raw)
        # OS calls are external calls the host answers; the clock, randomness and sleep
        # policy (plain data) applies here
        policy = message.get("os")
        if spec.session:
            if self.session is None:
                self.session = MontySession(script_name=program.script_name)
                self.session_mark = allocation_mark()
                if policy is not None:
                    self.session._os = OSRun.from_policy(policy)  # pyright: ignore[reportPrivateUsage]
            self.os_run = self.session._os  # pyright: ignore[reportPrivateUsage]
            result = self.session._snippet(  # pyright: ignore[reportPrivateUsage]
                program, tracker, inputs, bridge, bridge.print
            )
        else:
            self.os_run = OSRun(None) if policy is None else OSRun.from_policy(policy)
            result = program._run(tracker, inputs, bridge, bridge.print, self.os_run, ahead.runtime)  # pyright: ignore[reportPrivateUsage]
        return values.encode(result, tracker.check_time)

    def _cpu_budget(self, seconds: float | None) -> None:
        """This run may use `seconds` (plus slack) more CPU time; SIGXCPU ends the worker.
        (Without a time limit the soft limit is the hard one: set once, not every run.)"""
        if self.limit_cpu:
            self.cpu_soft = _set_cpu_budget(seconds, self.cpu_hard, self.cpu_soft)

    def end_session(self) -> None:
        """Drop the session's state, on a stack as deep as its snippets had."""
        if self.session_stack <= self.stack:
            with executing():
                self._drop_session()
        else:
            on_sandbox_stack(self._drop_session, self.session_stack)
        self.session_stack = 0

    def _drop_session(self) -> None:
        """Free the session's state (collecting garbage only when it built a lot)."""
        session, self.session = self.session, None
        if session is not None:
            rt = session._rt  # pyright: ignore[reportPrivateUsage]
            session._rt = None  # pyright: ignore[reportPrivateUsage]
            session.close()
            if rt is not None:
                release(rt, self.session_mark)

    def interrupt(self, number: int) -> None:
        """Stop run `number` at its next tick (a later run is left alone)."""
        bridge = self.bridge
        if number == self.run_number and bridge is not None and bridge.rt is not None:
            bridge.rt.interrupt()

    def warm_up(self) -> None:
        """Run a program once, here: it imports what runs import lazily."""
        request = RunRequest(
            code="1 + 2", script_name="main.py", input_names=(), inputs={}, limits=ResourceLimits()
        )
        message = parse_head(request.head())
        with executing():
            self.execute(message, self.spec(request.spec({})))

    def escape(self) -> dict[str, str]:  # pragma: no cover - runs in a worker
        """Test-only: what host Python running in this worker can reach (see the tests)."""
        import socket
        import subprocess

        def attempt(fn: Callable[[], Any]) -> str:
            try:
                fn()
            except BaseException as exc:
                return f"blocked: {type(exc).__name__}: {exc}"
            return "allowed"

        def fork() -> None:
            if os.fork() == 0:
                os._exit(0)

        def thread() -> None:
            seen: list[int] = []
            t = threading.Thread(target=lambda: seen.append(1))
            t.start()
            t.join()
            if seen != [1]:
                raise RuntimeError("the thread did not run")

        return {
            "open_read": attempt(lambda: open("/etc/hostname", "rb").close()),
            "open_write": attempt(lambda: open("/tmp/monty-escape-probe", "wb").close()),
            "socket": attempt(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()),
            "socketpair": attempt(lambda: socket.socketpair()),
            "subprocess": attempt(lambda: subprocess.run(["/bin/true"], check=False)),
            "fork": attempt(fork),
            "exec": attempt(lambda: os.execv("/bin/true", ["true"])),
            "kill_parent": attempt(lambda: os.kill(os.getppid(), 0)),
            "unlink": attempt(lambda: os.unlink("/tmp/monty-escape-probe")),
            "thread": attempt(thread),
            "environ": ",".join(sorted(os.environ)),
            "hash": str(hash("monty-agent")),
            "rlimit_as": str(resource.getrlimit(resource.RLIMIT_AS)[0]),
            "uid": str(os.getuid()),
            "gc_objects": str(len(gc.get_objects())),
        }


def _set_cpu_budget(
    seconds: float | None, hard: int, current: int | None
) -> int:  # pragma: no cover - in a worker
    """Set `RLIMIT_CPU`'s soft limit for a run (unless it is `current` already)."""
    if seconds is None:
        soft = hard
    else:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        soft = int(usage.ru_utime + usage.ru_stime + seconds + 2)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
    if soft != current:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    return soft


def _error_spec(exc: MontyRuntimeError) -> dict[str, Any]:
    return {
        "kind": "runtime",
        "type_name": exc.type_name,
        "message": exc.message,
        "frames": [
            {
                "filename": f.filename,
                "lineno": f.lineno,
                "function": f.function,
                "source_line": f.source_line,
            }
            for f in exc.frames
        ],
        "limit": exc.limit,
        "cause": None if exc.cause is None else _error_spec(exc.cause),
        "cause_link": exc.cause_link,
    }


def _internal(exc: BaseException) -> dict[str, Any]:  # pragma: no cover - worker bugs
    return {"kind": "MontyError", "message": f"internal error in the worker: {exc!r}"}


# -- start-up -------------------------------------------------------------------------------


def _limit(which: int, value: int | None) -> None:
    if value is not None:
        resource.setrlimit(which, (value, value))


def _preload(test_hooks: bool) -> None:  # pragma: no cover - runs in a worker
    """Import what a run may import lazily: a locked-down worker cannot open module files."""
    for package in (monty_interpreter,):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(info.name)
    import encodings

    for info in pkgutil.iter_modules(encodings.__path__):
        with contextlib.suppress(ImportError):
            importlib.import_module(f"encodings.{info.name}")
    for name in ("typing", "unicodedata", "zoneinfo", "json.decoder", "json.encoder"):
        importlib.import_module(name)
    if test_hooks:
        for name in ("socket", "subprocess"):
            importlib.import_module(name)
    process_memory()  # opens /proc/self/statm for good


def _drop_root() -> None:  # pragma: no cover - runs in a worker
    """Started as root: continue as `nobody`, so an escape has no privileges either."""
    if os.getuid() != 0:
        return
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)


def main(argv: Sequence[str]) -> int:  # pragma: no cover - runs in a worker
    config: dict[str, Any] = json.loads(argv[0])
    in_fd, out_fd = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1):
        os.dup2(devnull, fd)  # stray writes to stdout must not corrupt the protocol
    os.close(devnull)
    channel = Channel(out_fd)
    _limit(resource.RLIMIT_AS, config.get("address_space"))
    cpu = config.get("cpu_seconds")
    if cpu is not None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    test_hooks = bool(config.get("test_hooks"))
    _preload(test_hooks)
    worker = Worker(channel, test_hooks=test_hooks, stack=largest_stack(stack_size_for(None)))
    worker.warm_up()
    # what start-up built stays out of every collection; the collector frees what runs leave
    freeze_for_good()
    try:
        if test_hooks and config.get("fail_lockdown"):
            raise LockdownError("simulated for a test")
        _drop_root()
        lockdown = lock_down()
    except (LockdownError, OSError) as exc:
        channel.send({"op": "refused", "reason": f"could not lock the worker down: {exc}"})
        return 3

    def serving() -> None:
        try:
            serve(in_fd, worker)
        finally:
            os._exit(0)  # the host closed stdin (or the serving thread failed): stop

    start_thread(serving, worker.stack, name="monty-worker")
    channel.send(
        {"op": "ready", "version": PROTOCOL_VERSION, "pid": os.getpid(), "lockdown": lockdown}
    )
    watch_interrupts(int(config["control_fd"]), worker)
    return 0


def watch_interrupts(control_fd: int, worker: Worker) -> None:
    """Interrupt the runs the host names on `control_fd`, until it closes."""
    pending = b""
    while True:
        try:
            data = os.read(control_fd, 4096)
        except OSError:  # pragma: no cover - a closed descriptor
            return
        if not data:
            return
        pending += data
        while len(pending) >= INTERRUPT.size:
            (number,) = INTERRUPT.unpack_from(pending)
            pending = pending[INTERRUPT.size :]
            worker.interrupt(number)


def parse_head(head: bytes) -> dict[str, Any]:
    """A frame's first line, as a message. The head of a plain run (no inputs, no OS
    policy: most frames) is read without the JSON parser."""
    if head.startswith(_PLAIN_RUN) and head.endswith(b"}"):
        number = head[len(_PLAIN_RUN) : -1]
        if number.isdigit():
            return {"op": "run", "inputs": _NO_INPUTS, "os": None, "run": int(number)}
    return json.loads(head)


def serve(in_fd: int, worker: Worker) -> None:
    """Serve the host's frames from `in_fd` until it closes (the worker's main loop), on the
    calling thread (whose C stack is `worker.stack` bytes deep)."""
    channel = worker.channel
    reader = channel.reader = FrameReader(in_fd, max_frame=1 << 31, spin=_SPIN)
    channel.reader_thread = threading.get_ident()
    while True:
        try:
            head, spec = split_run(reader.read())
        except FrameError:
            return  # the host went away
        message = parse_head(head)
        op = message.get("op")
        if op == "reply":
            channel.replies.put(message)
        elif op == "run":
            worker.start_run(message, spec)
        elif op == "end_session":
            worker.end_session()
        elif op == "escape" and worker.test_hooks:  # pragma: no cover - runs in a worker
            channel.send({"op": "escaped", "results": worker.escape()})
        elif op == "crash" and worker.test_hooks:  # pragma: no cover - runs in a worker
            os.abort()


if __name__ == "__main__":  # pragma: no cover - runs in a worker
    sys.exit(main(sys.argv[1:]))
