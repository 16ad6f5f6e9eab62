"""`MontyRun`: compile a snippet once, run it many times."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal, cast

from monty_interpreter import (
    CheckError,
    LimitExceeded,
    Program,
    ResourceTracker,
    SandboxFailure,
    new_runtime,
)
from monty_interpreter.execute.runtime import Runtime
from monty_interpreter.execute.stack import (
    allocation_mark,
    on_sandbox_stack,
    release,
    stack_size_for,
)
from monty_interpreter.modules.os_files import flush_files

from ._bridge import Event, HostFunction, ThreadBridge
from ._convert import to_plain
from ._drivers import AsyncDriver, Progress, Stepper
from ._errors import MontyError, MontyRuntimeError, MontySyntaxError, StackFrame
from ._limits import Limits, ResourceLimits, as_limits
from ._os import OSAccess
from ._os_calls import PREFIX as OS_PREFIX
from ._os_calls import OSRun
from ._process import Isolation, check_isolation
from ._process.host import RunRequest, process_limits, run_in_worker
from ._process.pool import WorkerPool
from ._snapshot import JournalEntry, ProgressSnapshot, RunSpec, encode_value, limits_spec
from ._stubs import StubSet
from ._typecheck import check_program

__all__ = ["MontyRun", "PrintCallback"]

PrintCallback = Callable[[str, str], None]
"""`print_callback(stream, text)`: receives exactly what `print` writes (`stream` is 'stdout')."""


def _syntax_error(err: CheckError) -> MontySyntaxError:
    return MontySyntaxError(
        err.message,
        filename=err.filename,
        lineno=err.lineno,
        col_offset=err.col_offset,
        source_line=err.source_line,
        kind=err.kind,
    )


class MontyRun:
    """A sandbox program, compiled once; `run()` executes it with fresh state each time.

    >>> from monty_agent import MontyRun
    >>> MontyRun('x * 2', inputs=['x']).run(inputs={'x': 21})
    42
    >>> lines = []
    >>> MontyRun('print("hi")').run(print_callback=lambda stream, text: lines.append(text))
    >>> lines
    ['hi\\n']
    """

    def __init__(
        self,
        code: str,
        *,
        inputs: Iterable[str] | Mapping[str, Any] = (),
        external_functions: Iterable[str] = (),
        async_functions: Iterable[str] = (),
        script_name: str = "main.py",
        type_check: bool = False,
        type_check_stubs: StubSet | None = None,
    ) -> None:
        """Compile `code`; with `type_check=True`, also check it with ty (see
        docs/typecheck.md) and raise `MontyTypingError` for what it finds.

        `inputs` names the inputs, or maps each name to its type (`{'orders': list[Order]}`)
        for the type checker. `type_check_stubs` gives the checker the tools' stubs (the
        external functions are otherwise untyped: any arguments, any result).
        """
        self.code = code
        self.inputs = tuple(inputs)
        self.external_functions = tuple(external_functions)
        self.async_functions = tuple(async_functions)
        self.script_name = script_name
        try:
            self._program = Program(code, filename=script_name)
        except CheckError as err:
            raise _syntax_error(err) from None
        if type_check:
            stubs = type_check_stubs
            if stubs is None:
                stubs = StubSet()
                for name in self.external_functions:
                    stubs.add_untyped_function(name, is_async=False)
                for name in self.async_functions:
                    stubs.add_untyped_function(name, is_async=True)
            if isinstance(inputs, Mapping):
                for name, tp in cast("Mapping[str, Any]", inputs).items():
                    stubs.add_variable(name, tp)
            else:
                for name in self.inputs:
                    stubs.variables.setdefault(name, "Any")
            check_program(stubs, code, filename=script_name)

    def run(
        self,
        inputs: Mapping[str, Any] | None = None,
        external_functions: Mapping[str, Callable[..., Any]] | None = None,
        limits: Limits = None,
        print_callback: PrintCallback | None = None,
        os: OSAccess | None = None,
    ) -> Any:
        """Run the program; return its final expression's value as plain data (or None).

        External functions are called inline; async ones need `run_async`. `os` grants
        access to files, environment variables and a clock policy (see `OSAccess`; by
        default file access is refused). Raises `MontyRuntimeError` for an uncaught
        exception or a tripped limit.
        """
        os_run = OSRun(os)
        functions = self._functions(external_functions or {}, stepping=False, os_run=os_run)
        for spec in functions.values():
            if spec.is_async:
                what = (
                    "the OSAccess handler"
                    if spec.name.startswith(OS_PREFIX)
                    else f"external function {spec.name!r}"
                )
                raise TypeError(
                    f"{what} is async: MontyRun.run() calls functions inline; use run_async() for async tools"
                )
        tracker = _tracker(limits)
        bridge = ThreadBridge(functions, _no_events)

        def interrupt() -> None:
            if bridge.rt is not None:
                bridge.rt.interrupt()

        return on_sandbox_stack(
            lambda: self._run(tracker, inputs or {}, bridge, print_callback, os_run),
            stack_size_for(_memory_budget(tracker)),
            interrupt=interrupt,
        )

    async def run_async(
        self,
        inputs: Mapping[str, Any] | None = None,
        external_functions: Mapping[str, Callable[..., Any]] | None = None,
        limits: Limits = None,
        print_callback: PrintCallback | None = None,
        os: OSAccess | None = None,
        *,
        isolation: Isolation = "in-process",
        pool: WorkerPool | None = None,
    ) -> Any:
        """Run the program under the caller's anyio event loop (asyncio or trio).

        Async external functions run as tasks of one task group: the calls a program awaits
        together (`asyncio.gather`) run concurrently. Cancelling the caller stops the run and
        cancels its running calls. Sync functions run inline on the sandbox thread. `os`:
        see `run`. `isolation='process'` runs the program in a worker process of `pool`
        (default: a shared pool of one worker per CPU); see docs/isolation.md.
        """
        os_run = OSRun(os)
        functions = self._functions(external_functions or {}, stepping=False, os_run=os_run)
        return await self._drive(
            functions, inputs, limits, print_callback, os_run, isolation=isolation, pool=pool
        )

    async def _drive(
        self,
        functions: dict[str, HostFunction],
        inputs: Mapping[str, Any] | None,
        limits: Limits,
        print_callback: PrintCallback | None,
        os_run: OSRun,
        *,
        isolation: Isolation = "in-process",
        pool: WorkerPool | None = None,
    ) -> Any:
        """`run_async` with the host functions already described (tools bring their own)."""
        if check_isolation(isolation) == "process":
            request = RunRequest(
                code=self.code,
                script_name=self.script_name,
                input_names=self.inputs,
                inputs=inputs or {},
                limits=process_limits(as_limits(limits)),
                os_run=os_run,
            )
            return await run_in_worker(
                request, functions, print_callback or _print_to_stdout, pool=pool
            )
        tracker = _tracker(limits)
        driver = AsyncDriver(functions)
        return await driver.drive(
            lambda bridge: self._run(tracker, inputs or {}, bridge, print_callback, os_run),
            stack_size_for(_memory_budget(tracker)),
        )

    def start(
        self,
        inputs: Mapping[str, Any] | None = None,
        limits: Limits = None,
        print_callback: PrintCallback | None = None,
        os: OSAccess | None = None,
    ) -> Progress:
        """Start the program and run it until it needs the host: the result is a
        `FunctionCall` (a synchronous call, answered with `resume`), a `FutureBatch` (awaited
        calls every task is blocked on) or `Complete`.

        With `os`, OS calls are answered from it on the way; without it they come out as
        `FunctionCall`s too (named `os.read_bytes`, `os.getenv`...; see `OSCall`).

        >>> from monty_agent import MontyRun
        >>> run = MontyRun('greet(name) + "!"', inputs=['name'], external_functions=['greet'])
        >>> call = run.start(inputs={'name': 'Ada'})
        >>> call.function_name, call.args
        ('greet', ('Ada',))
        >>> call.resume(return_value='hello Ada').output
        'hello Ada!'
        """
        return self._start(inputs, limits, print_callback, (), os)

    def _start(
        self,
        inputs: Mapping[str, Any] | None,
        limits: Limits,
        print_callback: PrintCallback | None,
        replay: Sequence[JournalEntry],
        os: OSAccess | None = None,
    ) -> Progress:
        """`start`, giving the run `replay`'s clock readings and random bytes first."""
        os_run = OSRun(os)
        functions = self._functions({}, stepping=True, os_run=os_run if os is not None else None)
        tracker = _tracker(limits)
        stepper = Stepper(functions, self._snapshot(inputs or {}, limits), replay)
        return stepper.begin(
            lambda bridge: self._run(tracker, inputs or {}, bridge, print_callback, os_run),
            stack_size_for(_memory_budget(tracker)),
        )

    def dump(self) -> bytes:
        """The program (code, declared names) as bytes; `MontyRun.load` rebuilds it."""
        return ProgressSnapshot(kind="run", run=self._spec()).dump()

    @classmethod
    def load(cls, data: bytes) -> MontyRun:
        """Rebuild a program from `dump()` bytes (a damaged blob raises `MontyError`)."""
        spec = ProgressSnapshot.load(data).run
        return cls(
            spec.code,
            inputs=spec.inputs,
            external_functions=spec.external_functions,
            async_functions=spec.async_functions,
            script_name=spec.script_name,
        )

    def _spec(self) -> RunSpec:
        return RunSpec(
            code=self.code,
            inputs=self.inputs,
            external_functions=self.external_functions,
            async_functions=self.async_functions,
            script_name=self.script_name,
        )

    def _snapshot(self, inputs: Mapping[str, Any], limits: Limits) -> ProgressSnapshot | None:
        """The start of a snapshot of a stepped run (None when its inputs cannot be stored)."""
        try:
            encoded = encode_value(dict(inputs))
        except (MontyError, RecursionError):
            return None
        return ProgressSnapshot(
            kind="progress",
            run=self._spec(),
            inputs=encoded,
            limits=limits_spec(as_limits(limits)),
        )

    def _functions(
        self,
        given: Mapping[str, Callable[..., Any]],
        *,
        stepping: bool,
        os_run: OSRun | None = None,
    ) -> dict[str, HostFunction]:
        """The run's host functions: the external functions `given`, then the answers to
        its OS calls (from `os_run`; when stepping without one, the host answers them)."""
        declared = (*self.external_functions, *self.async_functions)
        undeclared = [name for name in given if name not in declared]
        if undeclared:
            raise TypeError(
                f"undeclared external functions (declare them in MontyRun(external_functions=...)): {', '.join(undeclared)}"
            )
        functions: dict[str, HostFunction] = {}
        for name in declared:
            fn = given.get(name)
            if fn is None and not stepping:
                raise TypeError(f"external function {name!r} was declared but not given to run()")
            functions[name] = HostFunction.of(name, fn, is_async=name in self.async_functions)
        if os_run is None and stepping:
            functions.update(OSRun.unanswered())
        else:
            functions.update((os_run or OSRun(None)).functions())
        return functions

    def _run(
        self,
        tracker: ResourceTracker,
        inputs: Mapping[str, Any],
        bridge: ThreadBridge,
        print_callback: PrintCallback | None,
        os_run: OSRun,
        rt: Runtime | None = None,
    ) -> Any:
        """A whole run, on the sandbox thread: everything the run builds is freed there.

        `rt`: a fresh runtime made ahead (`new_runtime`, with this program's file name) that
        no code ran in yet; the run gives it `tracker`. (A worker makes the next run's while
        the host reads the last result.)"""
        if rt is None:
            rt = new_runtime(tracker, filename=self.script_name)
        else:
            rt.tracker = tracker
        bridge.attach(rt)
        mark = allocation_mark()
        error: MontyRuntimeError | None = None
        result: Any = None
        try:
            result = self._run_program(rt, inputs, bridge.functions, print_callback, os_run)
        except MontyRuntimeError as exc:
            exc.__traceback__ = exc.__context__ = None  # they hold the run's frames
            error = exc
        finally:
            release(rt, mark)
            bridge.detach()
        if error is not None:
            raise error
        return result

    def _run_program(
        self,
        rt: Runtime,
        inputs: Mapping[str, Any],
        functions: Mapping[str, HostFunction],
        print_callback: PrintCallback | None,
        os_run: OSRun,
    ) -> Any:
        self._bind(rt, inputs, functions)
        os_run.install(rt)
        try:
            value = self._program.run(rt, print_callback or _print_to_stdout)
        except SandboxFailure as failure:
            flush_files(rt)
            raise _runtime_error(rt, failure, self.code) from None
        except LimitExceeded as exc:
            raise MontyRuntimeError(
                exc.type_name,
                exc.message,
                frames=_frames(rt, exc.__traceback__, self.code),
                limit=True,
            ) from None
        flush_files(rt)
        try:
            return to_plain(value, rt.policy.sandbox_classes, tick=rt.tracker.check_time)
        except RecursionError as exc:
            raise MontyRuntimeError("RecursionError", f"the result: {exc}") from None
        except LimitExceeded as exc:  # converting a huge result ran out of time
            raise MontyRuntimeError(exc.type_name, exc.message, limit=True) from None

    def _bind(
        self, rt: Runtime, inputs: Mapping[str, Any], functions: Mapping[str, HostFunction]
    ) -> None:
        missing = [name for name in self.inputs if name not in inputs]
        if missing:
            raise TypeError(f"missing inputs: {', '.join(missing)}")
        unknown = [name for name in inputs if name not in self.inputs]
        if unknown:
            raise TypeError(
                f"unexpected inputs (declare them in MontyRun(inputs=...)): {', '.join(unknown)}"
            )
        for name in self.inputs:
            rt.globals[name] = to_plain(inputs[name])
        for spec in functions.values():
            if not spec.name.startswith(OS_PREFIX):  # OS calls come from `os`, `open`...
                rt.globals[spec.name] = _external(rt, spec)


def _no_events(event: Event) -> None:  # pragma: no cover - run() only has inline functions
    raise RuntimeError(f"unexpected {event.kind!r} event in a synchronous run")


def _runtime_error(rt: Runtime, failure: SandboxFailure, source: str) -> MontyRuntimeError:
    """The host-side error for an exception that escaped the program, with its chain."""
    cause: MontyRuntimeError | None = None
    link: Literal["cause", "context"] | None = None
    for error, message, next_link in reversed(failure.chain):
        frames = _frames(rt, error.__traceback__, source)
        cause = MontyRuntimeError(
            type(error).__name__, message, frames=frames, cause=cause, cause_link=link
        )
        link = "cause" if next_link == "cause" else "context"
    return MontyRuntimeError(
        failure.type_name,
        failure.message,
        frames=_frames(rt, failure.error.__traceback__, source),
        cause=cause,
        cause_link=link,
    )


def _memory_budget(tracker: ResourceTracker) -> int | None:
    """The run's memory budget when its tracker says (sizes the sandbox thread's stack)."""
    budget = getattr(tracker, "max_memory", None)
    return budget if isinstance(budget, int) else None


def _print_to_stdout(stream: str, text: str) -> None:
    """The default print callback: the host's own stdout (or stderr)."""
    (sys.stderr if stream == "stderr" else sys.stdout).write(text)


_DEFAULT_LIMITS = ResourceLimits()


def _tracker(limits: Limits) -> ResourceTracker:
    limits = as_limits(limits)
    if limits is None:
        return _DEFAULT_LIMITS.tracker()
    if isinstance(limits, ResourceLimits):
        return limits.tracker()
    return limits


def _external(rt: Runtime, spec: HostFunction) -> Callable[..., Any]:
    """The sandbox-callable stand-in of a host function: plain data in, plain data out.
    Async functions return an awaitable; the others wait for the host's answer."""
    name = spec.name
    classes = rt.policy.sandbox_classes
    prepare = spec.prepare
    tick = rt.slow_tick

    if prepare is not None:  # a tool: its arguments are validated at the call

        def call(*args: Any, **kwargs: Any) -> Any:
            valid_args, valid_kwargs = prepare(
                to_plain(args, classes, tick=tick), to_plain(kwargs, classes, tick=tick), tick
            )
            if spec.is_async:
                return rt.scheduler.external_call(name, valid_args, valid_kwargs)
            return rt.scheduler.call_now(name, valid_args, valid_kwargs)

    elif spec.is_async:

        def call(*args: Any, **kwargs: Any) -> Any:
            return rt.scheduler.external_call(
                name, to_plain(args, classes, tick=tick), to_plain(kwargs, classes, tick=tick)
            )

    else:

        def call(*args: Any, **kwargs: Any) -> Any:
            return rt.scheduler.call_now(
                name, to_plain(args, classes, tick=tick), to_plain(kwargs, classes, tick=tick)
            )

    call.__name__ = call.__qualname__ = name
    return call


def _frames(rt: Runtime, tb: types.TracebackType | None, source: str) -> tuple[StackFrame, ...]:
    lines = source.splitlines()
    frames: list[StackFrame] = []
    while tb is not None:
        frame = tb.tb_frame
        below = tb.tb_next
        # The module code only calls the `<module>` function that holds the program's top level.
        calls_module_function = (
            below is not None
            and frame.f_code.co_name == "<module>"
            and below.tb_frame.f_code.co_name == "<module>"
            and below.tb_frame.f_code is not frame.f_code
        )
        if (
            frame.f_builtins is rt.builtins
            and frame.f_code.co_filename == rt.filename
            and not calls_module_function
        ):
            lineno = tb.tb_lineno
            line = lines[lineno - 1] if 0 < lineno <= len(lines) else None
            frames.append(
                StackFrame(
                    filename=rt.filename,
                    lineno=lineno,
                    function=frame.f_code.co_name,
                    source_line=line,
                )
            )
        tb = tb.tb_next
    return tuple(frames)


_ = sys
