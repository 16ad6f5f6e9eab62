"""`MontySession`: a REPL whose snippets share variables, functions, classes and imports."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import Any

from monty_interpreter import ResourceTracker, new_runtime
from monty_interpreter.execute.runtime import Runtime
from monty_interpreter.execute.stack import on_sandbox_stack, release, stack_size_for

from ._bridge import HostFunction, ThreadBridge
from ._drivers import AsyncDriver
from ._errors import MontyError, MontyRuntimeError
from ._limits import Limits, as_limits
from ._run import MontyRun, PrintCallback, _memory_budget, _no_events, _tracker

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
    ) -> None:
        self.external_functions = dict(external_functions or {})
        self.async_functions = tuple(async_functions)
        self.limits = as_limits(limits)
        self.script_name = script_name
        self.snippets: list[str] = []
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
        functions = snippet._functions(self.external_functions, stepping=False)  # pyright: ignore[reportPrivateUsage]
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
        try:
            result = await AsyncDriver(functions).drive(
                lambda bridge: self._snippet(
                    snippet, tracker, inputs or {}, bridge, print_callback
                ),
                stack_size_for(_memory_budget(tracker)),
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
            functions = snippet._functions(self.external_functions, stepping=False)  # pyright: ignore[reportPrivateUsage]
            for spec in functions.values():
                if spec.is_async:
                    raise TypeError(f"external function {spec.name!r} is async: use run()")
            bridge = ThreadBridge(functions, _no_events)
            result = on_sandbox_stack(
                lambda: self._snippet(snippet, tracker, inputs or {}, bridge, print_callback),
                stack_size_for(_memory_budget(tracker)),
                interrupt=lambda: bridge.rt.interrupt() if bridge.rt is not None else None,
            )
        finally:
            self._busy.release()
        self.snippets.append(code)
        return result

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
            result = snippet._run_program(rt, inputs, bridge.functions, print_callback)  # pyright: ignore[reportPrivateUsage]
        except MontyRuntimeError as exc:
            exc.__traceback__ = exc.__context__ = None
            error = exc
        if error is not None:
            rt.globals.clear()
            rt.globals.update(saved)
            raise error
        return result
