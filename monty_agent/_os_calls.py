"""How a run's OS calls are answered, and how its clock, randomness and sleeps behave.

The sandbox's `os`, `os.path`, `pathlib` and `open()` ask the host for every OS operation
with an external call named `os.<operation>` (see `OPERATIONS`). `OSRun` answers them for
one run (or one session) from an `OSAccess`: its custom `handler` first (it may decline by
returning `NotImplemented`), then its files, mounts and environment. Without an `OSAccess`,
file operations raise `PermissionError` and the environment is empty.

`OSRun.install(rt)` applies the access's time policy to a runtime: a frozen or host-given
clock, a seeded entropy source, and sleeps that are real, capped or skipped (a skipped
sleep moves the run's clocks forward instead of waiting).
"""

from __future__ import annotations

import base64
import errno
import inspect
import random
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from monty_interpreter.execute.runtime import Runtime
from monty_interpreter.execute.scheduler import ExternalCall, HostBridge

from ._bridge import HostFunction
from ._errors import MontyError
from ._os import OSAccess, VirtualFS
from ._session_snapshot import MemoryLayer

__all__ = ["OPERATIONS", "OSCall", "OSRun"]

#: The OS operations the sandbox asks for, each the external call `os.<operation>`.
OPERATIONS: tuple[str, ...] = (
    "getenv",
    "environ_names",
    "exists",
    "is_file",
    "is_dir",
    "listdir",
    "stat",
    "read_bytes",
    "write_bytes",
    "mkdir",
    "unlink",
    "rmdir",
    "rename",
)
PREFIX = "os."


@dataclass(frozen=True)
class OSCall:
    """One OS operation a run asked for, as a custom handler receives it.

    `operation` is one of `OPERATIONS` (`'read_bytes'`, `'listdir'`, `'getenv'`...) and
    `args` its plain arguments: a path first for file operations (absolute, not yet
    normalized), then `write_bytes`'s `(data, append)`, `mkdir`'s `(parents, exist_ok)` or
    `rename`'s target path.
    """

    operation: str
    args: tuple[Any, ...]


def _denied(path: Any) -> OSError:
    return PermissionError(
        errno.EACCES, "no file system access was granted to this run (see OSAccess)", path
    )


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be str, not {type(value).__name__}")
    return value


class OSRun:
    """The OS one run (or one session) sees: answers its `os.*` calls, sets its clocks."""

    def __init__(self, access: OSAccess | None) -> None:
        self.access = access
        self.fs: VirtualFS | None = access.open_run() if access is not None else None
        #: seconds skipped sleeps moved the run's clocks forward
        self.offset = 0.0
        self._random = (
            random.Random(access.random_seed)
            if access is not None and access.random_seed is not None
            else None
        )

    # -- answering OS calls -----------------------------------------------------------
    def answer(self, operation: str, args: tuple[Any, ...]) -> Any:
        """Perform `operation` on the run's virtual file system / environment."""
        if operation == "getenv":
            name = _text(args[0], "environment variable name")
            return None if self.access is None else self.access.getenv(name)
        if operation == "environ_names":
            return [] if self.access is None else self.access.environ_names()
        path = _text(args[0], "path")
        fs = self.fs
        if fs is None:
            raise _denied(path)
        if operation == "write_bytes":
            data = args[1]
            if not isinstance(data, bytes):
                raise TypeError(f"data must be bytes, not {type(data).__name__}")
            return fs.write_bytes(path, data, append=bool(args[2]))
        if operation == "mkdir":
            return fs.mkdir(path, parents=bool(args[1]), exist_ok=bool(args[2]))
        if operation == "rename":
            return fs.rename(path, _text(args[1], "target path"))
        method: Callable[[str], Any] = getattr(fs, operation)
        return method(path)

    def functions(self) -> dict[str, HostFunction]:
        """The host functions answering the run's `os.*` calls."""
        if self.access is None:  # the common case: refusals, the same for every run
            return dict(_REFUSING)
        handler = self.access.handler
        is_async = handler is not None and inspect.iscoroutinefunction(handler)
        result: dict[str, HostFunction] = {}
        for operation in OPERATIONS:
            if is_async:
                fn: Callable[..., Any] = self._async_answerer(operation, handler)  # pyright: ignore[reportArgumentType]
            else:
                fn = self._answerer(operation, handler)
            name = PREFIX + operation
            result[name] = HostFunction(name=name, fn=fn, is_async=is_async)
        return result

    @staticmethod
    def unanswered() -> dict[str, HostFunction]:
        """OS calls a stepping host answers itself (they come out as `FunctionCall`s)."""
        return {PREFIX + op: HostFunction.of(PREFIX + op, None) for op in OPERATIONS}

    def _answerer(
        self, operation: str, handler: Callable[[OSCall], Any] | None
    ) -> Callable[..., Any]:
        def answer(*args: Any) -> Any:
            if handler is not None:
                result = handler(OSCall(operation, args))
                if result is not NotImplemented:
                    return result
            return self.answer(operation, args)

        return answer

    def _async_answerer(
        self, operation: str, handler: Callable[[OSCall], Awaitable[Any]]
    ) -> Callable[..., Any]:
        async def answer(*args: Any) -> Any:
            result = await handler(OSCall(operation, args))
            if result is not NotImplemented:
                return result
            return self.answer(operation, args)

        return answer

    # -- in a worker process -----------------------------------------------------------
    def policy(self, *, offset: float | None = None) -> dict[str, Any] | None:
        """The clock, randomness and sleep policy as plain data, for a worker process to
        apply (`from_policy`), starting from `offset` seconds skipped (default: as many as
        so far); None when the run has none. A clock callback stays on the host: the
        worker asks the host for wall-clock readings, which `host_clock` gives."""
        access = self.access
        if access is None or (
            access.clock is None and access.random_seed is None and access.sleep == "real"
        ):
            return None
        clock = access.clock
        return {
            "clock": None if clock is None or callable(clock) else _seconds(clock),
            "random_seed": access.random_seed,
            "sleep": access.sleep,
            "offset": self.offset if offset is None else offset,
        }

    @classmethod
    def from_policy(cls, policy: Mapping[str, Any]) -> OSRun:
        """The worker's side of `policy()`: an OSRun that only sets the run's clocks,
        randomness and sleeps (its OS calls go to the host)."""
        run = cls(
            OSAccess(
                clock=policy["clock"], random_seed=policy["random_seed"], sleep=policy["sleep"]
            )
        )
        run.offset = float(policy["offset"])
        return run

    def host_clock(self) -> Callable[[], float] | None:
        """The wall clock a worker's readings come from when the clock is a callback."""
        clock = None if self.access is None else self.access.clock
        if callable(clock):
            return lambda: _seconds(clock())
        return None

    # -- snapshots ----------------------------------------------------------------------
    def memory_layer(self) -> MemoryLayer | None:
        """The state a session snapshot keeps (None without OS access)."""
        if self.fs is None:
            return None
        files = {
            path: None if data is None else base64.b64encode(data).decode("ascii")
            for path, data in self.fs.files.items()
        }
        return MemoryLayer(files=files, dirs=tuple(sorted(self.fs.dirs)), clock_offset=self.offset)

    def check_restorable(self, layer: MemoryLayer | None) -> None:
        """Refuse, before anything is replayed, a snapshot whose files this run cannot hold
        (its session had OS access; this one has none)."""
        if layer is not None and self.fs is None:
            raise MontyError(
                "the snapshot's session had OS access (files it wrote are in the snapshot): "
                "pass os=OSAccess(...) to load it"
            )

    def restore(self, layer: MemoryLayer | None) -> None:
        """Put back what `memory_layer` kept (after the snippets were replayed)."""
        self.check_restorable(layer)
        if layer is None or self.fs is None:
            return
        try:
            self.fs.files = {
                path: None if data is None else base64.b64decode(data, validate=True)
                for path, data in layer.files.items()
            }
        except ValueError:
            raise MontyError("invalid snapshot: file contents that are not base64") from None
        self.fs.dirs = set(layer.dirs) | {"/"}
        self.offset = layer.clock_offset

    # -- time and randomness ----------------------------------------------------------
    def install(self, rt: Runtime) -> None:
        """Apply the access's clock, randomness and sleep policy to `rt` (on the sandbox
        thread, after the host bridge attached itself)."""
        access = self.access
        if access is None:
            return
        host_wall = rt.clock_source
        host_monotonic = rt.monotonic_source
        clock = access.clock
        if clock is None:
            rt.clock_source = lambda: host_wall() + self.offset
        elif callable(clock):
            rt.clock_source = lambda: _seconds(clock()) + self.offset
        else:
            frozen = _seconds(clock)
            rt.clock_source = lambda: frozen + self.offset
        rt.monotonic_source = lambda: host_monotonic() + self.offset
        if self._random is not None:
            rt.entropy_source = self._random.randbytes
        if access.sleep != "real":
            rt.sleep_source = self._sleep
            if rt.host is not None:
                rt.host = _SkippingHost(rt.host, self, rt)

    def skip(self, seconds: float) -> float:
        """The part of a sleep of `seconds` to really wait; the rest moves the clocks on."""
        assert self.access is not None
        cap = 0.0 if self.access.sleep == "skip" else float(self.access.sleep)
        real = min(seconds, cap)
        self.offset += seconds - real
        return real

    def _sleep(self, seconds: float, real_sleep: Callable[[float], None]) -> None:
        real = self.skip(seconds)
        if real > 0:
            real_sleep(real)


#: The OS functions of a run without OS access (they hold no state).
_REFUSING: dict[str, HostFunction] = {
    PREFIX + op: HostFunction(name=PREFIX + op, fn=OSRun(None)._answerer(op, None))  # pyright: ignore[reportPrivateUsage]
    for op in OPERATIONS
}


def _seconds(value: Any) -> float:
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise TypeError(f"OSAccess clock must give a datetime or seconds, not {type(value).__name__}")


class _SkippingHost:
    """A run's host bridge whose timer waits are shortened by the sleep policy: when no
    external call is running, a wait for a timer moves the clocks on instead."""

    def __init__(self, inner: HostBridge, os_run: OSRun, rt: Runtime) -> None:
        self.inner = inner
        self.os_run = os_run
        self.rt = rt

    def call(self, call: ExternalCall) -> None:
        self.inner.call(call)

    def dispatch(self, calls: Sequence[ExternalCall]) -> None:
        self.inner.dispatch(calls)

    def cancel(self, calls: Sequence[ExternalCall]) -> None:
        self.inner.cancel(calls)

    def clock(self) -> float:
        return self.inner.clock() + self.os_run.offset

    def wait(self, timeout: float | None) -> Sequence[ExternalCall]:
        if timeout is not None and timeout > 0 and not self.rt.scheduler.in_flight:
            timeout = self.os_run.skip(timeout)
            if timeout <= 0:
                return self.inner.wait(0)
        return self.inner.wait(timeout)
