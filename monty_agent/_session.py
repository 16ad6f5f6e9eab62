"""`MontySession`: a REPL whose snippets share variables, functions, classes and imports."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterable, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from monty_interpreter import ResourceTracker, new_runtime
from monty_interpreter.execute.runtime import Runtime
from monty_interpreter.execute.stack import on_sandbox_stack, release, stack_size_for

from ._bridge import HostFunction, ThreadBridge
from ._drivers import AsyncDriver
from ._errors import MontyError, MontyRuntimeError, MontySyntaxError
from ._journal import Journal, ReplayBridge
from ._limits import Limits, as_limits
from ._os import OSAccess
from ._os_calls import PREFIX as OS_PREFIX
from ._os_calls import OSRun
from ._process import Isolation, check_isolation
from ._process.host import RunRequest, process_limits, run_in_worker
from ._process.pool import WorkerDied, WorkerPool, WorkerProcess, default_pool
from ._run import (
    MontyRun,
    PrintCallback,
    _memory_budget,  # pyright: ignore[reportPrivateUsage]
    _no_events,  # pyright: ignore[reportPrivateUsage]
    _print_to_stdout,  # pyright: ignore[reportPrivateUsage]
    _tracker,  # pyright: ignore[reportPrivateUsage]
)
from ._session_snapshot import SessionSnapshot, SnippetRecord
from ._snapshot import decode_value, encode_value, limits_spec, read_snapshot, snapshot_limits

__all__ = ["MontySession"]


class MontySession:
    """A REPL: each snippet runs in the state the previous ones left.

    Variables, functions, classes and imports persist across `run` calls. A snippet that
    fails (an uncaught exception or a tripped limit) leaves the variables as they were
    before it started. Each snippet has its own limits.

    >>> import anyio
    >>> from monty_agent import MontySession
    >>> async def main():
    ...     async with MontySession() as session:
    ...         await session.run('def square(x):\\n    return x * x')
    ...         return await session.run('square(7)')
    >>> anyio.run(main)
    49
    """

    def __init__(
        self,
        *,
        external_functions: Mapping[str, Callable[..., Any]] | None = None,
        async_functions: Iterable[str] = (),
        limits: Limits = None,
        script_name: str = "main.py",
        os: OSAccess | None = None,
        isolation: Isolation = "in-process",
        pool: WorkerPool | None = None,
    ) -> None:
        self.isolation = check_isolation(isolation)
        """Where snippets run: `'in-process'`, or `'process'`: a worker of `pool` (default: a
        shared pool) taken for the session's life (see docs/isolation.md)."""
        self.pool = pool
        self._worker: WorkerProcess | None = None
        self._lost: str | None = None
        self._pending: _PendingReplay | None = None
        self.external_functions = dict(external_functions or {})
        #: the session's OS access: one virtual file system for all its snippets
        self._os = OSRun(os)
        self.async_functions = tuple(async_functions)
        self.limits = as_limits(limits)
        self.script_name = script_name
        self.snippets: list[str] = []
        self._records: list[SnippetRecord] = []
        self._not_dumpable: str | None = None
        self._rt: Runtime | None = None
        self._busy = threading.Lock()
        self._closed = False

    async def __aenter__(self) -> MontySession:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __enter__(self) -> MontySession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def run(
        self,
        code: str,
        *,
        inputs: Mapping[str, Any] | None = None,
        limits: Limits = None,
        print_callback: PrintCallback | None = None,
    ) -> Any:
        """Run one snippet under the caller's event loop; return its final value."""
        snippet = self._program(code, inputs)
        functions = snippet._functions(self.external_functions, stepping=False, os_run=self._os)  # pyright: ignore[reportPrivateUsage]
        return await self._run_async(snippet, functions, inputs, limits, print_callback)

    async def _run_async(
        self,
        snippet: MontyRun,
        functions: dict[str, HostFunction],
        inputs: Mapping[str, Any] | None,
        limits: Limits,
        print_callback: PrintCallback | None,
    ) -> Any:
        """Run `snippet` (compiled for this session) with these host functions."""
        if self.isolation == "process":
            return await self._run_in_worker(snippet, functions, inputs, limits, print_callback)
        tracker = self._lock(limits)
        journal = Journal()

        def body(bridge: ThreadBridge) -> Any:
            bridge.journal = journal
            return self._snippet(snippet, tracker, inputs or {}, bridge, print_callback)

        try:
            with self._recording(snippet.code, inputs, journal):
                result = await AsyncDriver(functions).drive(
                    body, stack_size_for(_memory_budget(tracker))
                )
        finally:
            self._busy.release()
        self.snippets.append(snippet.code)
        return result

    async def _run_in_worker(
        self,
        snippet: MontyRun,
        functions: dict[str, HostFunction],
        inputs: Mapping[str, Any] | None,
        limits: Limits,
        print_callback: PrintCallback | None,
    ) -> Any:
        """A snippet in the session's worker (checked out at its first snippet)."""
        self._lock(None)
        try:
            worker = await self._pinned()
            journal = Journal()

            def journaled(bridge: ThreadBridge) -> ThreadBridge:
                bridge.journal = journal
                return bridge

            request = RunRequest(
                code=snippet.code,
                script_name=self.script_name,
                input_names=snippet.inputs,
                inputs=inputs or {},
                limits=process_limits(as_limits(limits if limits is not None else self.limits)),
                session=True,
                os_run=self._os,
            )
            try:
                with self._recording(snippet.code, inputs, journal):
                    result = await run_in_worker(
                        request,
                        functions,
                        print_callback or _print_to_stdout,
                        worker=worker,
                        setup=journaled,
                    )
            except BaseException:
                self._check_worker()
                raise
            if worker.broken is not None:  # (it answered: it was alive a moment ago)
                self._check_worker()
        finally:
            self._busy.release()
        self.snippets.append(snippet.code)
        return result

    async def _pinned(self) -> WorkerProcess:
        """The session's worker: checked out (and the snippets of a loaded snapshot replayed
        in it) at the first snippet."""
        if self._lost is not None:
            raise MontyError(f"the session's state is lost: {self._lost}")
        if self._worker is not None:
            return self._worker
        pool = self.pool if self.pool is not None else default_pool()
        self._worker = worker = await pool.checkout()
        pending, self._pending = self._pending, None
        if pending is not None:
            try:
                for number, record in enumerate(pending.records, 1):
                    await self._replay_in_worker(number, record, pending, worker)
            except BaseException:
                self.close()
                raise
        return worker

    async def _replay_in_worker(
        self, number: int, record: SnippetRecord, pending: _PendingReplay, worker: WorkerProcess
    ) -> None:
        named = _record_inputs(number, record)
        snippet = _compiled(number, record, named, pending.program)
        functions = pending.host_functions(snippet)
        replay = ReplayBridge(functions, record.journal)
        request = RunRequest(
            code=snippet.code,
            script_name=self.script_name,
            input_names=snippet.inputs,
            inputs=named,
            limits=process_limits(self.limits),
            session=True,
            os_run=self._os,
            replay=True,
        )
        error: str | None = None
        try:
            await run_in_worker(request, functions, _silent, worker=worker, setup=lambda _: replay)
        except MontyRuntimeError as exc:
            error = exc.type_name
        finally:
            self._check_worker()
        _check_replayed(number, record, error)
        replay.finished()
        self._records.append(record)

    def _check_worker(self) -> None:
        """After a snippet: a worker that died (or was killed) took the session's state."""
        worker = self._worker
        if worker is not None and not worker.alive():
            self._lost = f"its worker process {worker.broken or 'died'}"
            self._not_dumpable = self._not_dumpable or self._lost
            self._release_worker()

    def _release_worker(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        if worker.alive():
            with suppress(WorkerDied):
                worker.send({"op": "end_session"})
        (self.pool if self.pool is not None else default_pool()).checkin(worker)

    def run_sync(
        self,
        code: str,
        *,
        inputs: Mapping[str, Any] | None = None,
        limits: Limits = None,
        print_callback: PrintCallback | None = None,
    ) -> Any:
        """Run one snippet, calling external functions inline (no async ones)."""
        if self.isolation == "process":
            raise MontyError("a session with isolation='process' runs snippets with run()")
        snippet = self._program(code, inputs)
        tracker = self._lock(limits)
        try:
            functions = snippet._functions(self.external_functions, stepping=False, os_run=self._os)  # pyright: ignore[reportPrivateUsage]
            for spec in functions.values():
                if spec.is_async:
                    what = (
                        "the OSAccess handler"
                        if spec.name.startswith(OS_PREFIX)
                        else f"external function {spec.name!r}"
                    )
                    raise TypeError(f"{what} is async: use run()")
            bridge = ThreadBridge(functions, _no_events)
            bridge.journal = journal = Journal()
            with self._recording(snippet.code, inputs, journal):
                result = on_sandbox_stack(
                    lambda: self._snippet(snippet, tracker, inputs or {}, bridge, print_callback),
                    stack_size_for(_memory_budget(tracker)),
                    interrupt=lambda: bridge.rt.interrupt() if bridge.rt is not None else None,
                )
        finally:
            self._busy.release()
        self.snippets.append(code)
        return result

    @contextmanager
    def _recording(
        self, code: str, inputs: Mapping[str, Any] | None, journal: Journal
    ) -> Generator[None]:
        """Remember the snippet run in the block for `dump`, whether it completes or not."""
        error: str | None = None
        try:
            yield
        except MontyRuntimeError as exc:
            error = exc.type_name
            if exc.limit and self._not_dumpable is None:
                self._not_dumpable = (
                    f"snippet {len(self._records) + 1} stopped at a limit ({exc.type_name}): "
                    "what it changed before depends on timing and cannot be replayed"
                )
            raise
        finally:
            self._remember(code, inputs, journal, error)

    def _remember(
        self, code: str, inputs: Mapping[str, Any] | None, journal: Journal, error: str | None
    ) -> None:
        if journal.broken is not None and self._not_dumpable is None:
            self._not_dumpable = f"snippet {len(self._records) + 1}: {journal.broken}"
        try:
            encoded = encode_value(dict(inputs or {}))
        except (MontyError, RecursionError) as exc:
            encoded = None
            if self._not_dumpable is None:
                self._not_dumpable = f"snippet {len(self._records) + 1}'s inputs: {exc}"
        # (built from values made here, already checked: no validation needed)
        self._records.append(
            SnippetRecord.model_construct(
                code=code, inputs=encoded, error=error, journal=tuple(journal.entries)
            )
        )

    def dump(self) -> bytes:
        """The session as bytes that `MontySession.load` (or `Sandbox.load_session`) turns
        back into a session with the same state, in this process or another.

        The bytes hold every snippet that ran and what the host answered it; loading runs
        them again without calling any host function. Raises `MontyError` while a snippet
        runs, after `close`, or when a snippet cannot be replayed (one stopped at a limit,
        or received a value a snapshot cannot hold).
        """
        return self._dump(tuple(sorted(self.external_functions)))

    def _dump(self, functions: tuple[str, ...]) -> bytes:
        self._check_open()
        if self._busy.locked():
            raise MontyError("cannot dump a session while a snippet runs")
        if self._not_dumpable is not None:
            raise MontyError(f"this session cannot be dumped: {self._not_dumpable}")
        pending = self._pending.records if self._pending is not None else ()
        return SessionSnapshot(
            script_name=self.script_name,
            functions=functions,
            limits=limits_spec(self.limits),
            snippets=(*pending, *self._records),
            os=self._os.memory_layer(),
        ).dump()

    @classmethod
    def load(
        cls,
        data: bytes,
        *,
        external_functions: Mapping[str, Callable[..., Any]] | None = None,
        async_functions: Iterable[str] = (),
        limits: Limits = None,
        os: OSAccess | None = None,
        isolation: Isolation = "in-process",
        pool: WorkerPool | None = None,
    ) -> MontySession:
        """A session in the state `dump` captured. Pass the same external functions (by
        name): none of them is called while the snippets replay. Pass the same `os`
        access: what the snippets wrote to memory files and overlays comes back into it.
        With `isolation='process'` the snippets replay in the session's worker when its
        first snippet runs (and a mismatch raises there)."""
        snapshot = read_snapshot(SessionSnapshot, data)
        session = cls(
            external_functions=external_functions,
            async_functions=async_functions,
            limits=limits if limits is not None else snapshot_limits(snapshot.limits),
            script_name=snapshot.script_name,
            os=os,
            isolation=isolation,
            pool=pool,
        )
        session._restore(
            snapshot,
            tuple(sorted(session.external_functions)),
            session._program,
            lambda snippet: snippet._functions(session.external_functions, stepping=True),  # pyright: ignore[reportPrivateUsage]
        )
        return session

    def _restore(
        self,
        snapshot: SessionSnapshot,
        functions: tuple[str, ...],
        program: Callable[[str, Mapping[str, Any]], MontyRun],
        host_functions: Callable[[MontyRun], dict[str, HostFunction]],
    ) -> None:
        """Replay a snapshot's snippets into this fresh session."""
        self._os.check_restorable(snapshot.os)
        if functions != snapshot.functions:
            raise MontyError(
                "the snapshot's session had the host functions "
                f"{', '.join(snapshot.functions) or 'none'}; this one has {', '.join(functions) or 'none'}"
            )
        if self.isolation == "process":  # replayed in the worker, at the first snippet
            self._pending = _PendingReplay(snapshot.snippets, program, host_functions)
            self.snippets.extend(r.code for r in snapshot.snippets if r.error is None)
            self._os.restore(snapshot.os)  # the file system lives on the host
            return
        try:
            for number, record in enumerate(snapshot.snippets, 1):
                self._replay(number, record, program, host_functions)
            self._os.restore(snapshot.os)
        except BaseException:
            self.close()
            raise

    def _replay(
        self,
        number: int,
        record: SnippetRecord,
        program: Callable[[str, Mapping[str, Any]], MontyRun],
        host_functions: Callable[[MontyRun], dict[str, HostFunction]],
    ) -> None:
        named = _record_inputs(number, record)
        snippet = _compiled(number, record, named, program)
        tracker = self._lock(None)
        bridge = ReplayBridge(host_functions(snippet), record.journal)
        error: str | None = None
        try:
            on_sandbox_stack(
                lambda: self._snippet(snippet, tracker, named, bridge, _silent),
                stack_size_for(_memory_budget(tracker)),
            )
        except MontyRuntimeError as exc:
            error = exc.type_name
        finally:
            self._busy.release()
        _check_replayed(number, record, error)
        bridge.finished()
        self._records.append(record)
        if error is None:
            self.snippets.append(record.code)

    def close(self) -> None:
        """Free the session's state (on a sandbox thread, as a run's own state is)."""
        if self._closed:
            return
        self._closed = True
        self._release_worker()
        rt, self._rt = self._rt, None
        if rt is not None:
            on_sandbox_stack(lambda: release(rt, -(10**9)), stack_size_for(None))

    def _program(self, code: str, inputs: Mapping[str, Any] | None) -> MontyRun:
        """`code` compiled as a snippet of this session."""
        self._check_open()
        return MontyRun(
            code,
            inputs=tuple(inputs or ()),
            external_functions=[
                n for n in self.external_functions if n not in self.async_functions
            ],
            async_functions=self.async_functions,
            script_name=self.script_name,
        )

    def _check_open(self) -> None:
        if self._closed:
            raise MontyError("the session is closed")

    def _lock(self, limits: Limits) -> ResourceTracker:
        """Take the session for one snippet; the tracker of its limits."""
        self._check_open()
        if not self._busy.acquire(blocking=False):
            raise MontyError("the session is already running a snippet")
        return _tracker(limits if limits is not None else self.limits)

    def _snippet(
        self,
        snippet: MontyRun,
        tracker: ResourceTracker,
        inputs: Mapping[str, Any],
        bridge: ThreadBridge,
        print_callback: PrintCallback | None,
    ) -> Any:
        """One snippet on the sandbox thread; on failure the variables are put back."""
        rt = self._rt
        if rt is None:
            rt = self._rt = new_runtime(tracker, filename=self.script_name)
        else:
            rt.reopen(tracker)
        bridge.attach(rt)
        saved = dict(rt.globals)
        error: MontyRuntimeError | None = None
        result: Any = None
        try:
            result = snippet._run_program(rt, inputs, bridge.functions, print_callback, self._os)  # pyright: ignore[reportPrivateUsage]
        except MontyRuntimeError as exc:
            exc.__traceback__ = exc.__context__ = None
            error = exc
        if error is not None:
            rt.globals.clear()
            rt.globals.update(saved)
            raise error
        return result


def _silent(stream: str, text: str) -> None:
    """A replayed snippet's output was shown when it first ran."""


@dataclass(frozen=True)
class _PendingReplay:
    """A loaded snapshot's snippets, to replay in the session's worker at its first run."""

    records: tuple[SnippetRecord, ...]
    program: Callable[[str, Mapping[str, Any]], MontyRun]
    host_functions: Callable[[MontyRun], dict[str, HostFunction]]


def _record_inputs(number: int, record: SnippetRecord) -> dict[str, Any]:
    decoded: object = decode_value(record.inputs) if record.inputs is not None else {}
    if not isinstance(decoded, dict):
        raise MontyError(f"invalid snapshot: snippet {number}'s inputs are not a mapping")
    return {str(k): v for k, v in decoded.items()}  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]


def _compiled(
    number: int,
    record: SnippetRecord,
    named: Mapping[str, Any],
    program: Callable[[str, Mapping[str, Any]], MontyRun],
) -> MontyRun:
    try:
        return program(record.code, named)
    except MontySyntaxError as exc:
        raise MontyError(f"invalid snapshot: snippet {number} does not compile: {exc}") from None


def _check_replayed(number: int, record: SnippetRecord, error: str | None) -> None:
    if error != record.error:
        raise MontyError(
            f"the snapshot does not match the session: snippet {number} "
            f"{'raised ' + error if error else 'completed'} on replay, but "
            f"{'raised ' + record.error if record.error else 'completed'} when it was recorded"
        )
