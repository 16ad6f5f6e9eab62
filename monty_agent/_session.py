"""`MontySession`: a REPL whose snippets share variables, functions, classes and imports."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterable, Mapping
from contextlib import contextmanager
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
from ._run import MontyRun, PrintCallback, _memory_budget, _no_events, _tracker
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
    ) -> None:
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

    def run_sync(
        self,
        code: str,
        *,
        inputs: Mapping[str, Any] | None = None,
        limits: Limits = None,
        print_callback: PrintCallback | None = None,
    ) -> Any:
        """Run one snippet, calling external functions inline (no async ones)."""
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
        self._records.append(
            SnippetRecord(code=code, inputs=encoded, error=error, journal=tuple(journal.entries))
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
        return SessionSnapshot(
            script_name=self.script_name,
            functions=functions,
            limits=limits_spec(self.limits),
            snippets=tuple(self._records),
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
    ) -> MontySession:
        """A session in the state `dump` captured. Pass the same external functions (by
        name): none of them is called while the snippets replay. Pass the same `os`
        access: what the snippets wrote to memory files and overlays comes back into it."""
        snapshot = read_snapshot(SessionSnapshot, data)
        session = cls(
            external_functions=external_functions,
            async_functions=async_functions,
            limits=limits if limits is not None else snapshot_limits(snapshot.limits),
            script_name=snapshot.script_name,
            os=os,
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
        if functions != snapshot.functions:
            raise MontyError(
                "the snapshot's session had the host functions "
                f"{', '.join(snapshot.functions) or 'none'}; this one has {', '.join(functions) or 'none'}"
            )
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
        decoded: object = decode_value(record.inputs) if record.inputs is not None else {}
        if not isinstance(decoded, dict):
            raise MontyError(f"invalid snapshot: snippet {number}'s inputs are not a mapping")
        named: dict[str, Any] = {str(k): v for k, v in decoded.items()}  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
        try:
            snippet = program(record.code, named)
        except MontySyntaxError as exc:
            raise MontyError(
                f"invalid snapshot: snippet {number} does not compile: {exc}"
            ) from None
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
        if error != record.error:
            raise MontyError(
                f"the snapshot does not match the session: snippet {number} "
                f"{'raised ' + error if error else 'completed'} on replay, but "
                f"{'raised ' + record.error if record.error else 'completed'} when it was recorded"
            )
        bridge.finished()
        self._records.append(record)
        if error is None:
            self.snippets.append(record.code)

    def close(self) -> None:
        """Free the session's state (on a sandbox thread, as a run's own state is)."""
        if self._closed:
            return
        self._closed = True
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
