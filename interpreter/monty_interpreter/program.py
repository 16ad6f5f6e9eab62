"""Running compiled programs: `Program` (one compiled snippet) and sandbox `eval`/`exec`."""

from __future__ import annotations

import decimal
import sys
import types
from collections.abc import Callable
from typing import Any

from .builtins import make_builtins
from .compile import compile_source
from .errors import LimitExceeded
from .execute.runtime import CURRENT, NO_RESULT, Runtime
from .execute.tracker import ResourceTracker
from .execute.watchdog import watching

__all__ = ["Program", "SandboxFailure", "execute", "new_runtime"]

#: Frames between `execute` and the first sandbox function call (the module frame).
#: `max_recursion_depth` then counts nested sandbox calls.
_DEPTH_SLACK = 1
_CO_COROUTINE = 0x80


def new_runtime(tracker: ResourceTracker, *, filename: str = "main.py") -> Runtime:
    """A fresh runtime with its builtins and main-module globals."""
    rt = Runtime(tracker, filename=filename)
    rt.builtins = make_builtins(rt)
    rt.policy.sandbox_builtins = rt.builtins
    rt.globals = {"__builtins__": rt.builtins, "__name__": "__main__", "__doc__": None}
    return rt


def _stack_depth() -> int:
    depth = 0
    frame: types.FrameType | None = sys._getframe(1)
    while frame is not None:
        depth += 1
        frame = frame.f_back
    return depth


class Program:
    """A compiled sandbox program. Compilation is cached by source and file name."""

    def __init__(self, source: str, *, filename: str = "main.py") -> None:
        self.source = source
        self.filename = filename
        self.code = compile_source(source, filename=filename)

    def run(self, rt: Runtime, write: Callable[[str, str], None] | None = None) -> Any:
        """Run the program in `rt`; return its final expression's value (or None)."""
        if write is not None:
            rt.write = write
        rt.result = NO_RESULT
        try:
            return execute(rt, self.code)
        finally:
            rt.finish()


def execute(
    rt: Runtime, code: types.CodeType, globals_: dict[str, Any] | None = None, locals_: Any = None
) -> Any:
    """Evaluate `code` under the run's limits, driving a top-level coroutine to completion."""
    limit = rt.tracker.max_recursion_depth
    old_limit = sys.getrecursionlimit()
    if limit is not None:
        sys.setrecursionlimit(_stack_depth() + limit + _DEPTH_SLACK)
    rt.tracker.start()
    token = CURRENT.set(rt)
    # the run's own decimal context (see stdlib_decimal), put back as it was afterwards
    host_decimal = decimal.getcontext()
    if rt.decimal_context is not None:
        decimal.setcontext(rt.decimal_context)
    try:
        with watching(rt):
            value = eval(code, rt.globals if globals_ is None else globals_, locals_)
            if code.co_flags & _CO_COROUTINE:
                value = rt.scheduler.run_until_complete(value)
    except LimitExceeded as exc:
        if rt.tripped is not None and rt.tripped is not exc:  # preempted by the watchdog
            raise rt.tripped.with_traceback(exc.__traceback__) from None
        raise
    except RecursionError as exc:
        if str(exc).startswith("maximum recursion depth exceeded"):
            raise LimitExceeded(
                "RecursionError", "maximum recursion depth exceeded"
            ).with_traceback(exc.__traceback__) from None
        raise SandboxFailure(exc, _message(exc)) from None
    except BaseException as exc:
        if rt.tripped is not None:
            raise rt.tripped from None
        _check_messages(rt, exc)
        raise SandboxFailure(exc, _message(exc)) from None
    finally:
        CURRENT.reset(token)
        decimal.setcontext(host_decimal)
        rt.tracker.stop()
        if limit is not None:
            sys.setrecursionlimit(old_limit)
    if rt.tripped is not None:
        raise rt.tripped
    return None if rt.result is NO_RESULT else rt.result


class SandboxFailure(Exception):
    """An exception escaped the sandbox program; `message` was computed while limits applied."""

    def __init__(self, error: BaseException, message: str) -> None:
        super().__init__(message)
        self.error = error
        self.type_name = type(error).__name__
        self.message = message
        #: what led to `error`: (exception, its message, 'cause' or 'context'), nearest first
        self.chain: list[tuple[BaseException, str, str]] = []
        seen = {id(error)}
        current = error
        while len(self.chain) < 10:
            if current.__cause__ is not None:
                link, current = "cause", current.__cause__
            elif current.__context__ is not None and not current.__suppress_context__:
                link, current = "context", current.__context__
            else:
                break
            if id(current) in seen:
                break
            seen.add(id(current))
            self.chain.append((current, _message(current), link))


def _check_messages(rt: Runtime, exc: BaseException) -> None:
    """Trip a limit, rather than hang, when the message of `exc` (or of an exception it
    chains to) would expand shared or nested values past the run's time or memory
    (`raise ValueError(x)` where `x = [x, x]` repeated)."""
    from .builtins.dags import check_repr_size

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 11:
        seen.add(id(current))
        check_repr_size(rt, current, "the error message")
        current = current.__cause__ or current.__context__


def _message(exc: BaseException) -> str:
    try:
        text = str(exc)
        return text if type(text) is str else BaseException.__str__(exc)
    except BaseException:  # a sandbox __str__ failed or hit a limit
        return BaseException.__str__(exc)
