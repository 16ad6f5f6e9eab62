"""Worker processes and the pool that keeps them warm.

A `WorkerProcess` is one running worker (`worker.py`) and the host's ends of its pipes: the
host writes frames to its stdin and reads validated frames from its stdout, with a deadline,
and writes the numbers of runs to interrupt to its control pipe.
A `WorkerPool` starts workers ahead of need (up to `size`), hands them out one run (or one
session) at a time, and replaces a worker that died or was killed.

Workers are started with `subprocess.Popen` on a thread of their own, not with an event
loop's subprocess support: a pool is shared by runs under different event loops (each
`asyncio.run`, trio), and its workers are driven by blocking reads on a run's host thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import AsyncGenerator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio
import anyio.from_thread
import anyio.lowlevel
import anyio.to_thread

from .._errors import MontyCrashedError, MontyError
from .protocol import (
    INTERRUPT,
    PROTOCOL_VERSION,
    FrameError,
    FrameReader,
    FrameTimeout,
    Ready,
    Refused,
    WorkerMessage,
    pack,
    pack_run,
    parse_worker_message,
    write_all,
    write_some,
)
from .readiness import ReadWatch

__all__ = ["WorkerPool", "WorkerProcess", "default_pool", "worker_environment"]

#: The worker module, run with `python -s -P -m`.
WORKER_MODULE = "monty_agent._process.worker"
#: The fixed hash seed of every worker (`hash()` of a string is the same in every run).
HASH_SEED = "0"


def worker_environment() -> dict[str, str]:
    """The whole environment of a worker: none of the host's variables."""
    return {
        "PYTHONHASHSEED": HASH_SEED,
        "PYTHONUTF8": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "LC_CTYPE": "C.UTF-8",
    }


class WorkerDied(Exception):
    """The worker is gone (or was killed); `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_SIGNALS = {
    signal.SIGKILL: "was killed (SIGKILL: out of memory, or killed from outside)",
    signal.SIGXCPU: "used up its CPU time limit (SIGXCPU)",
    signal.SIGSEGV: "crashed (SIGSEGV)",
    signal.SIGABRT: "aborted (SIGABRT)",
    signal.SIGBUS: "crashed (SIGBUS)",
}


class WorkerProcess:
    """One worker process and the host's ends of its pipes."""

    def __init__(
        self, popen: subprocess.Popen[bytes], to_worker: int, from_worker: int, control: int
    ) -> None:
        self.popen = popen
        self.pid = popen.pid
        self.to_worker = to_worker
        os.set_blocking(to_worker, False)  # see `start_run`; `write_all` waits for room
        self.reader = FrameReader(from_worker)
        self.from_worker = from_worker
        self.readable = ReadWatch(from_worker)
        """Waits on the event loop until the worker has written something."""
        self.control = control
        #: runs sent so far (a run's number names it in an interrupt)
        self.run_number = 0
        self._closed = False
        self.broken: str | None = None
        """Why this worker must not serve again (set when it died or was killed)."""
        self.lockdown = ""
        self.runs = 0
        self._write_lock = threading.Lock()

    @classmethod
    def start(cls, config: dict[str, Any], timeout: float) -> WorkerProcess:
        """Start a worker and wait until it is ready (blocking). Raises `MontyError` when it
        does not start or cannot lock itself down."""
        to_child_r, to_child_w = os.pipe()
        from_child_r, from_child_w = os.pipe()
        control_r, control_w = os.pipe()
        config = {**config, "control_fd": control_r}
        try:
            popen = subprocess.Popen(
                [sys.executable, "-s", "-P", "-m", WORKER_MODULE, json.dumps(config)],
                stdin=to_child_r,
                stdout=from_child_w,
                stderr=subprocess.DEVNULL,
                env=worker_environment(),
                cwd="/",
                close_fds=True,
                pass_fds=(control_r,),
                start_new_session=True,
            )
        except BaseException:
            for fd in (to_child_r, to_child_w, from_child_r, from_child_w, control_r, control_w):
                os.close(fd)
            raise
        for fd in (to_child_r, from_child_w, control_r):
            os.close(fd)
        worker = cls(popen, to_child_w, from_child_r, control_w)
        try:
            message = worker.receive(time.monotonic() + timeout)
        except FrameTimeout:
            worker.kill("did not start in time")
            raise MontyError(f"a worker process did not start within {timeout:g} s") from None
        except WorkerDied as exc:
            raise MontyError(f"a worker process did not start: it {exc.reason}") from None
        if isinstance(message, Refused):
            worker.kill("refused")
            raise MontyError(f"a worker process refused to serve: {message.reason}")
        if not isinstance(message, Ready) or message.version != PROTOCOL_VERSION:
            worker.kill("bad handshake")
            raise MontyError("a worker process started with an unexpected handshake")
        worker.lockdown = message.lockdown
        return worker

    def send(self, message: dict[str, Any]) -> None:
        """Send one frame (from any thread). Raises `WorkerDied` when the worker is gone."""
        self._write(pack(message))

    async def start_run(self, head: bytes, spec: bytes) -> None:
        """Send a `run` frame, numbered (the number names the run in `interrupt`): `head`
        and `spec` as `RunRequest` makes them. What the pipe does not take at once (a frame
        larger than it holds, or a worker that stopped reading: an escaped one could) is
        written from a thread, so the event loop never blocks on it."""
        self.run_number += 1
        data = pack_run(head, self.run_number, spec)
        with self._write_lock:
            try:
                rest = write_some(self.to_worker, data)
            except OSError:
                raise self._died(None) from None
        if rest:
            await anyio.to_thread.run_sync(self._write, rest, abandon_on_cancel=True)

    def _write(self, data: bytes) -> None:
        with self._write_lock:
            try:
                write_all(self.to_worker, data)
            except OSError:
                raise self._died(None) from None

    def interrupt(self) -> None:
        """Ask the worker to stop its current run at its next tick. Raises `WorkerDied`
        when the worker is gone."""
        try:
            os.write(self.control, INTERRUPT.pack(self.run_number))
        except OSError:
            raise self._died(None) from None

    def receive(self, deadline: float | None = None) -> WorkerMessage:
        """The next message, validated. Raises `FrameTimeout` at the deadline (the worker
        lives on) and `WorkerDied` when the worker is gone or sent garbage (it is killed)."""
        message = self._receive(lambda: self.reader.read(deadline))
        assert message is not None
        return message

    def receive_available(self) -> WorkerMessage | None:
        """The next message if it can be had without blocking (None: it has not all come
        yet; wait for `readable` again). Raises `WorkerDied` as `receive` does."""
        return self._receive(self.reader.read_available)

    def _receive(self, read: Callable[[], bytes | None]) -> WorkerMessage | None:
        if self.broken is not None:
            raise WorkerDied(self.broken)
        try:
            body = read()
            if body is None:
                return None
        except FrameError as exc:
            if str(exc).startswith("the stream ended"):
                raise self._died(None) from None
            raise self._killed(f"sent an oversized frame: {exc}") from None
        except OSError as exc:  # pragma: no cover - a closed descriptor
            raise self._died(f"could not be read ({exc.strerror})") from None
        try:
            return parse_worker_message(body)
        except FrameError as exc:
            raise self._killed(f"sent protocol garbage: {exc}") from None

    def kill(self, reason: str) -> None:
        """Stop the worker now (SIGKILL); it serves no more."""
        if self.broken is None:
            self.broken = reason
        if self.popen.poll() is None:  # not reaped yet: the pid is still this worker's
            with contextlib.suppress(ProcessLookupError):  # it died meanwhile
                os.kill(self.pid, signal.SIGKILL)
        self._reap()

    def close(self) -> None:
        """Let the worker go: closing its input ends it (killed if it lingers). Its
        descriptors are closed once (a second call does nothing)."""
        if self.broken is None:
            self.broken = "closed"
        if self._closed:
            return
        self._closed = True
        _close(self.to_worker)
        _close(self.control)
        try:
            self.popen.wait(timeout=1)
        except subprocess.TimeoutExpired:
            self.kill("closed")
        if self.readable.close():  # else another thread's event loop still watches it
            _close(self.from_worker)

    def alive(self) -> bool:
        """Whether the worker can serve."""
        return self.broken is None and self.popen.poll() is None

    def _killed(self, reason: str) -> WorkerDied:
        self.kill(reason)
        return WorkerDied(reason)

    def _died(self, reason: str | None) -> WorkerDied:
        status = self._reap()
        if reason is None:
            if status is None:  # pragma: no cover - closed its output but lives on
                reason = "closed its output"
            elif status < 0:
                sig = signal.Signals(-status)
                reason = _SIGNALS.get(sig, f"was killed by {sig.name}")
            else:
                reason = f"exited with status {status}"
        self.broken = self.broken or reason
        return WorkerDied(reason)

    def _reap(self) -> int | None:
        try:
            return self.popen.wait(timeout=2)
        except subprocess.TimeoutExpired:  # pragma: no cover - a worker that will not die
            os.kill(self.pid, signal.SIGKILL)
            return self.popen.wait()


def _close(fd: int) -> None:
    with contextlib.suppress(OSError):  # already closed
        os.close(fd)


class _Waiter:
    """A task waiting for a worker, woken from any thread (its event loop's, or another's)."""

    def __init__(self) -> None:
        self.event = anyio.Event()
        self.thread = threading.get_ident()
        self.worker: WorkerProcess | None = None
        self.error: BaseException | None = None
        try:
            self.loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover - trio
            self.loop = None
        self.token = anyio.lowlevel.current_token()

    def wake(self) -> None:
        if threading.get_ident() == self.thread:
            self.event.set()
        elif self.loop is not None:
            self.loop.call_soon_threadsafe(self.event.set)
        else:  # pragma: no cover - trio
            anyio.from_thread.run_sync(self.event.set, token=self.token)


@dataclass(kw_only=True)
class WorkerPool:
    """Warm worker processes for `isolation='process'` runs.

    `size` workers at most (default: the number of CPUs), each limited to
    `max_address_space` bytes of address space (`RLIMIT_AS`) and `max_cpu_secs` seconds
    of CPU time in its life (`RLIMIT_CPU`; each run also gets a CPU budget of its time limit
    plus 2 s). A run takes a worker for its duration, a session for its life; a dead worker
    is replaced.

    >>> import asyncio
    >>> import monty_agent as ma
    >>> pool = ma.WorkerPool(size=1)
    >>> asyncio.run(ma.run('1 + 2', isolation='process', pool=pool)).output
    3
    >>> pool.close()
    """

    size: int | None = None
    """How many workers at most (None: `os.cpu_count()`)."""
    max_address_space: int | None = 4 * 1024**3
    """`RLIMIT_AS` of each worker in bytes (None: no limit)."""
    max_cpu_secs: int | None = 24 * 3600
    """`RLIMIT_CPU` of each worker over its whole life, in seconds (None: no limit)."""
    start_timeout: float = 60.0
    """How long a worker may take to start, in seconds."""
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _idle: list[WorkerProcess] = field(default_factory=list[WorkerProcess], init=False, repr=False)
    _waiters: deque[_Waiter] = field(default_factory=deque[_Waiter], init=False, repr=False)
    _count: int = field(default=0, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)
    _test_config: dict[str, Any] = field(default_factory=dict[str, Any], repr=False)
    """Test-only worker settings (`test_hooks`, `fail_lockdown`)."""

    @property
    def capacity(self) -> int:
        """The number of workers the pool keeps at most."""
        return self.size if self.size is not None else max(os.cpu_count() or 1, 1)

    def _config(self) -> dict[str, Any]:
        return {
            "address_space": self.max_address_space,
            "cpu_seconds": self.max_cpu_secs,
            **self._test_config,
        }

    async def warm(self) -> None:
        """Start every worker the pool may have, and wait until they are ready."""
        async with anyio.create_task_group() as tg:
            for _ in range(self.capacity):
                tg.start_soon(self._hold_one)

    async def _hold_one(self) -> None:
        worker = await self.checkout()
        await anyio.sleep(0)
        self.checkin(worker)

    @asynccontextmanager
    async def worker(self) -> AsyncGenerator[WorkerProcess]:
        """`async with pool.worker() as w:` a worker of one's own for the block."""
        worker = await self.checkout()
        try:
            yield worker
        finally:
            self.checkin(worker)

    async def checkout(self) -> WorkerProcess:
        """Take a ready worker, waiting for one (or for one to start) when all are busy."""
        with self._lock:
            if self._closed:
                raise MontyError("the worker pool is closed")
            while self._idle:
                worker = self._idle.pop()
                if worker.alive():
                    return worker
                worker.close()
                self._count -= 1
                self._spawn_locked()
            waiter = _Waiter()
            self._waiters.append(waiter)
            if self._count < self.capacity:
                self._spawn_locked()
        try:
            await waiter.event.wait()
        except BaseException:
            with self._lock:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
            if waiter.worker is not None:
                self.checkin(waiter.worker)
            raise
        if waiter.error is not None:
            raise waiter.error
        assert waiter.worker is not None
        return waiter.worker

    def checkin(self, worker: WorkerProcess) -> None:
        """Give a worker back; a killed one is replaced (one that died unnoticed is found
        out at its next checkout)."""
        if worker.broken is not None:
            worker.kill(worker.broken or "died")
            worker.close()
            with self._lock:
                self._count -= 1
                if not self._closed:
                    self._spawn_locked()
            return
        worker.runs += 1
        self._deliver(worker)

    def _deliver(self, worker: WorkerProcess) -> None:
        with self._lock:
            if self._closed:
                closing = True
            else:
                closing = False
                while self._waiters:
                    waiter = self._waiters.popleft()
                    waiter.worker = worker
                    waiter.wake()
                    return
                self._idle.append(worker)
        if closing:
            worker.close()

    def _spawn_locked(self) -> None:
        """Start a worker on a thread of its own (the lock is held)."""
        self._count += 1
        config = self._config()

        def start() -> None:
            try:
                worker = WorkerProcess.start(config, self.start_timeout)
            except BaseException as exc:
                with self._lock:
                    self._count -= 1
                    waiter = self._waiters.popleft() if self._waiters else None
                if waiter is not None:
                    waiter.error = (
                        exc if isinstance(exc, MontyError) else MontyCrashedError(str(exc))
                    )
                    waiter.wake()
                return
            self._deliver(worker)

        threading.Thread(target=start, name="monty-worker-start", daemon=True).start()

    def close(self) -> None:
        """Stop the idle workers; busy ones stop when they are given back."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            waiters, self._waiters = list(self._waiters), deque[_Waiter]()
        for worker in idle:
            worker.close()
        for waiter in waiters:
            waiter.error = MontyError("the worker pool is closed")
            waiter.wake()


_DEFAULT: list[WorkerPool] = []
_DEFAULT_LOCK = threading.Lock()


def default_pool() -> WorkerPool:
    """The pool of runs that name none (`os.cpu_count()` workers, started on demand)."""
    with _DEFAULT_LOCK:
        if not _DEFAULT:
            _DEFAULT.append(WorkerPool())
        return _DEFAULT[0]
