"""The async-first API: `run(code, tools=...)` and the reusable `Sandbox`."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from ._bridge import HostFunction
from ._errors import MontyRuntimeError
from ._limits import Limits, ResourceLimits, as_limits
from ._os import OSAccess
from ._os_calls import OSRun
from ._run import MontyRun, PrintCallback
from ._session import MontySession
from ._session_snapshot import SessionSnapshot
from ._snapshot import read_snapshot
from ._stubs import StubSet, type_of_value
from ._tools import Tool, ToolCall, ToolLog, host_function, tools_by_name
from ._typecheck import check_program

__all__ = ["RunResult", "Sandbox", "SandboxSession", "run"]


@dataclass(frozen=True, kw_only=True)
class RunResult:
    """What a run produced.

    `output` is the final expression's value as plain data (None when the program ends with
    a statement), `stdout` what `print` wrote, `tool_calls` every tool call in the order they
    started, `duration` the run's wall-clock time in seconds.
    """

    output: Any
    stdout: str
    tool_calls: list[ToolCall]
    duration: float


@dataclass(frozen=True, kw_only=True)
class Sandbox:
    """A reusable sandbox configuration: tools, plain external functions and limits.

    Each `await sandbox.run(code, inputs=...)` runs `code` with fresh state. Tools are
    validated once, when the sandbox is created.

    >>> import asyncio
    >>> from monty_agent import Sandbox
    >>> async def fetch(url: str) -> str:
    ...     return f'<html>{url}</html>'
    >>> sandbox = Sandbox(tools=[fetch])
    >>> result = asyncio.run(sandbox.run('len(await fetch(site))', inputs={'site': 'a.com'}))
    >>> result.output, [call.name for call in result.tool_calls]
    (18, ['fetch'])
    """

    tools: Sequence[Tool | Callable[..., Any]] = ()
    """Host functions (or `Tool`s) the sandbox may call, with validated arguments and results."""
    external_functions: Mapping[str, Callable[..., Any]] = field(
        default_factory=dict[str, Callable[..., Any]]
    )
    """Monty-style functions by name: plain data in and out, no validation, not recorded."""
    limits: ResourceLimits | Mapping[str, Any] | None = None
    """The limits of each run (`ResourceLimits()` when None; a dict is read as `ResourceLimits`)."""
    script_name: str = "main.py"
    """The file name tracebacks show."""
    os: OSAccess | None = None
    """Files, environment variables and clock policy the runs may use (`OSAccess`; None:
    file access is refused, the environment is empty, the clock is the host's)."""
    type_check: bool = False
    """Check each program with ty before it runs (see docs/typecheck.md): problems raise
    `MontyTypingError` and nothing runs. The inputs' types are taken from the values given."""
    _tools: dict[str, Tool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        tools = tools_by_name(self.tools)
        clash = sorted(set(tools) & set(self.external_functions))
        if clash:
            raise ValueError(f"{clash[0]!r} is both a tool and an external function")
        object.__setattr__(self, "_tools", tools)
        object.__setattr__(self, "limits", as_limits(self.limits))

    async def run(
        self,
        code: str,
        *,
        inputs: Mapping[str, Any] | None = None,
        print_callback: PrintCallback | None = None,
    ) -> RunResult:
        """Run `code` with `inputs` (names bound to plain-data copies of the values).

        Raises `MontySyntaxError` for code the sandbox refuses, `MontyTypingError` for type
        errors (with `type_check=True`) and `MontyRuntimeError` for an uncaught exception or
        a tripped limit.
        """
        return await self._execute(code, inputs or {}, self.limits, print_callback)

    def describe(self) -> str:
        """The tool catalogue as Python stubs with docstrings, ready for a prompt.

        Models, dataclasses and enums a tool takes or returns are classes with typed
        attributes (the sandbox receives read-only records of them), `TypedDict`s are
        `TypedDict`s (the sandbox receives dicts); async tools are `async def`.

        >>> from monty_agent import Sandbox
        >>> def add(a: int, b: int = 1) -> int:
        ...     'Add two numbers.'
        ...     return a + b
        >>> print(Sandbox(tools=[add]).describe())
        def add(a: int, b: int = 1) -> int:
            \"\"\"Add two numbers.\"\"\"
            ...
        """
        return self._stubs({}).render()

    def _stubs(self, inputs: Mapping[str, Any]) -> StubSet:
        """The stubs of this sandbox's functions, and of `inputs` by the types of their values."""
        stubs = StubSet()
        for name, tool in self._tools.items():
            stubs.add_function(name, tool.fn, description=tool.description)
        for name, fn in self.external_functions.items():
            stubs.add_function(name, fn)
        for name, value in inputs.items():
            stubs.add_variable(name, type_of_value(value))
        return stubs

    # -- the pieces a run (and a session) is made of ------------------------------------
    def _program(
        self,
        code: str,
        input_names: Sequence[str],
        *,
        check: Mapping[str, Any] | None = None,
        before: Sequence[str] = (),
    ) -> MontyRun:
        """`code` compiled for these inputs and this sandbox's functions; type-checked
        (after the snippets `before`) when `check` gives the inputs' values."""
        clash = sorted(set(input_names) & (set(self._tools) | set(self.external_functions)))
        if clash:
            raise TypeError(f"input {clash[0]!r} has the name of a tool")
        program = MontyRun(
            code,
            inputs=input_names,
            external_functions=[*self._tools, *self.external_functions],
            script_name=self.script_name,
        )
        if check is not None and self.type_check:
            check_program(self._stubs(check), code, filename=self.script_name, before=before)
        return program

    def _host_functions(self, log: ToolLog, os_run: OSRun) -> dict[str, HostFunction]:
        """The functions of one run: tools record their calls in `log`; `os_run` answers
        the OS calls."""
        functions = {name: host_function(tool, log) for name, tool in self._tools.items()}
        for name, fn in self.external_functions.items():
            functions[name] = HostFunction.of(name, fn)
        functions.update(os_run.functions())
        return functions

    async def _execute(
        self,
        code: str,
        inputs: Mapping[str, Any],
        limits: Limits,
        print_callback: PrintCallback | None,
    ) -> RunResult:
        program = self._program(code, list(inputs), check=inputs)
        os_run = OSRun(self.os)
        return await self._recorded(
            lambda functions, on_print: program._drive(functions, inputs, limits, on_print, os_run),  # pyright: ignore[reportPrivateUsage]
            print_callback,
            os_run,
        )

    async def _recorded(
        self, body: _Body, print_callback: PrintCallback | None, os_run: OSRun
    ) -> RunResult:
        """Run `body` with this sandbox's host functions, recording its tool calls and what
        it printed: in the `RunResult`, or on the `MontyRuntimeError` when it fails."""
        log = ToolLog()
        printed: list[str] = []

        def on_print(stream: str, text: str) -> None:
            if stream == "stdout":
                printed.append(text)
            if print_callback is not None:
                print_callback(stream, text)

        start = time.perf_counter()
        try:
            output = await body(self._host_functions(log, os_run), on_print)
        except MontyRuntimeError as error:
            error.tool_calls = log.in_order()
            error.stdout = "".join(printed)
            raise
        return RunResult(
            output=output,
            stdout="".join(printed),
            tool_calls=log.in_order(),
            duration=time.perf_counter() - start,
        )

    def load_session(self, data: bytes) -> SandboxSession:
        """A session in the state `SandboxSession.dump()` captured, with this sandbox's tools
        (the same names; none of them is called while the snippets replay).

        A snapshot that is damaged, from another sandbox configuration, or that no longer
        matches what the code asks for raises `MontyError`.
        """
        snapshot = read_snapshot(SessionSnapshot, data)
        session = SandboxSession(self)
        log = ToolLog()
        session._session._restore(  # pyright: ignore[reportPrivateUsage]
            snapshot,
            self._function_names(),
            lambda code, inputs: self._program(code, list(inputs)),
            lambda _snippet: self._host_functions(log, session._session._os),  # pyright: ignore[reportPrivateUsage]
        )
        return session

    def _function_names(self) -> tuple[str, ...]:
        return tuple(sorted([*self._tools, *self.external_functions]))

    def session(self) -> SandboxSession:
        """A REPL with this sandbox's tools and limits: `async with sandbox.session() as s:`,
        then `await s.run(code)` as often as needed, each snippet seeing the variables,
        functions, classes and imports the earlier ones left."""
        return SandboxSession(self)


_Body = Callable[[dict[str, HostFunction], PrintCallback], Awaitable[Any]]


class SandboxSession:
    """A REPL on a `Sandbox`: snippets share their state and each returns a `RunResult`.

    A snippet that fails (an uncaught exception or a tripped limit) leaves the state as it was
    before it started; its `MontyRuntimeError` carries the tool calls it made.

    >>> import asyncio
    >>> from monty_agent import Sandbox
    >>> def price(item: str) -> float:
    ...     return {'tea': 2.5, 'cake': 4.0}[item]
    >>> async def main():
    ...     async with Sandbox(tools=[price]).session() as s:
    ...         await s.run('basket = ["tea", "cake"]')
    ...         return (await s.run('sum(price(i) for i in basket)')).output
    >>> asyncio.run(main())
    6.5
    """

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        limits = sandbox.limits
        self._session = MontySession(
            limits=limits if isinstance(limits, ResourceLimits) else None,
            script_name=sandbox.script_name,
            os=sandbox.os,
        )
        self._inputs: dict[str, Any] = {}  # the inputs earlier snippets bound (type checks)

    @property
    def snippets(self) -> list[str]:
        """The snippets that ran to completion, in order."""
        return self._session.snippets

    async def run(
        self,
        code: str,
        *,
        inputs: Mapping[str, Any] | None = None,
        print_callback: PrintCallback | None = None,
    ) -> RunResult:
        """Run one snippet in the session's state (`inputs` bind names for this snippet)."""
        self._session._check_open()  # pyright: ignore[reportPrivateUsage]
        known = {**self._inputs, **(inputs or {})}
        program = self.sandbox._program(  # pyright: ignore[reportPrivateUsage]
            code, list(inputs or ()), check=known, before=self.snippets
        )
        result = await self.sandbox._recorded(  # pyright: ignore[reportPrivateUsage]
            lambda functions, on_print: self._session._run_async(  # pyright: ignore[reportPrivateUsage]
                program, functions, inputs, None, on_print
            ),
            print_callback,
            self._session._os,  # pyright: ignore[reportPrivateUsage]
        )
        self._inputs = known
        return result

    def dump(self) -> bytes:
        """The session as bytes for `Sandbox.load_session`, in this process or another (see
        `MontySession.dump`)."""
        return self._session._dump(self.sandbox._function_names())  # pyright: ignore[reportPrivateUsage]

    def close(self) -> None:
        """Free the session's state; later runs raise `MontyError`."""
        self._session.close()

    async def __aenter__(self) -> SandboxSession:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


async def run(
    code: str,
    *,
    inputs: Mapping[str, Any] | None = None,
    tools: Sequence[Tool | Callable[..., Any]] = (),
    external_functions: Mapping[str, Callable[..., Any]] | None = None,
    limits: Limits = None,
    print_callback: PrintCallback | None = None,
    os: OSAccess | None = None,
    type_check: bool = False,
) -> RunResult:
    """Run `code` once in a fresh sandbox, under the caller's event loop (asyncio or trio).

    Tools are host functions, sync or async: the sandbox calls them with validated arguments
    (awaiting the async ones: calls awaited together run concurrently). Returns a
    `RunResult`; `print` output is collected in `stdout` and also passed to `print_callback`.
    With `type_check=True` the code is checked with ty first (`MontyTypingError`).

    >>> import asyncio
    >>> import monty_agent as ma
    >>> def add(a: int, b: int) -> int:
    ...     return a + b
    >>> result = asyncio.run(ma.run('print("hi")\\nadd(x, 2)', inputs={'x': 40}, tools=[add]))
    >>> result.output, result.stdout
    (42, 'hi\\n')
    """
    sandbox = Sandbox(
        tools=tools,
        external_functions=external_functions or {},
        os=os,
        type_check=type_check,
    )
    return await sandbox._execute(code, inputs or {}, limits, print_callback)
