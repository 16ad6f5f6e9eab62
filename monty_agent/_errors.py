"""The errors a host sees: `MontyError` and its subclasses, never interpreter internals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ._tools import ToolCall

__all__ = [
    "MontyCrashedError",
    "MontyError",
    "MontyRuntimeError",
    "MontySyntaxError",
    "MontyTypingError",
    "StackFrame",
]


class MontyError(Exception):
    """Base class of every error monty-agent raises to the host."""


class MontySyntaxError(MontyError):
    """The program was refused before it ran: a syntax error or a construct the sandbox forbids.

    >>> from monty_agent import MontyRun, MontySyntaxError
    >>> try:
    ...     MontyRun('x = (1,')
    ... except MontySyntaxError as e:
    ...     print(e.lineno, e.message)
    1 '(' was never closed
    """

    def __init__(
        self,
        message: str,
        *,
        filename: str,
        lineno: int | None,
        col_offset: int | None,
        source_line: str | None,
        kind: str = "SyntaxError",
    ) -> None:
        self.message = message
        self.kind = kind
        self.filename = filename
        self.lineno = lineno
        self.col_offset = col_offset
        self.source_line = source_line
        super().__init__(self.display())

    def display(self) -> str:
        """The error as CPython would print it, with the source line and a caret."""
        if self.lineno is None:
            return f'File "{self.filename}"\n{self.kind}: {self.message}'
        lines = [f'  File "{self.filename}", line {self.lineno}']
        if self.source_line is not None:
            stripped = self.source_line.lstrip()
            lines.append(f"    {stripped}")
            if self.col_offset is not None:
                indent = len(self.source_line) - len(stripped)
                lines.append("    " + " " * max(self.col_offset - indent, 0) + "^")
        lines.append(f"{self.kind}: {self.message}")
        return "\n".join(lines)


@dataclass(frozen=True, kw_only=True)
class StackFrame:
    """One frame of a sandbox traceback: the sandbox's own file, line and function only."""

    filename: str
    lineno: int
    function: str
    source_line: str | None


class MontyRuntimeError(MontyError):
    """The program raised an exception it did not catch, or hit a resource limit.

    `type_name` is the exception's class name (`'ValueError'`, `'TimeoutError'` for the time
    limit, `'MemoryError'`, `'RecursionError'`...), `message` its `str()`.
    """

    def __init__(
        self,
        type_name: str,
        message: str,
        *,
        frames: tuple[StackFrame, ...] = (),
        limit: bool = False,
        cause: MontyRuntimeError | None = None,
        cause_link: Literal["cause", "context"] | None = None,
    ) -> None:
        self.type_name = type_name
        self.message = message
        self.frames = frames
        self.limit = limit
        self.cause = cause
        """The exception this one was raised from (`raise ... from`) or while handling."""
        self.cause_link = cause_link
        """'cause' for `raise ... from`, 'context' for an exception raised while handling it."""
        self.tool_calls: list[ToolCall] = []
        """The tool calls the run made before it failed, in the order they started: their side
        effects happened (filled in by `Sandbox` runs, sessions and `monty_agent.run`)."""
        self.stdout = ""
        """What the run printed before it failed (filled in where `tool_calls` is)."""
        super().__init__(self.display("type-msg"))

    def display(self, format: Literal["traceback", "type-msg", "msg"] = "traceback") -> str:
        """Render as a full sandbox traceback, as `Type: message`, or as the message alone."""
        if format == "msg":
            return self.message
        head = f"{self.type_name}: {self.message}" if self.message else self.type_name
        if format == "type-msg":
            return head
        lines: list[str] = []
        if self.cause is not None:
            lines.append(self.cause.display("traceback"))
            lines.append("")
            lines.append(_LINKS[self.cause_link or "context"])
            lines.append("")
        lines.append("Traceback (most recent call last):")
        for frame in self.frames:
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.function}')
            if frame.source_line:
                lines.append(f"    {frame.source_line.strip()}")
        lines.append(head)
        return "\n".join(lines)


_LINKS = {
    "cause": "The above exception was the direct cause of the following exception:",
    "context": "During handling of the above exception, another exception occurred:",
}


class MontyTypingError(MontyError):
    """Static type checking found problems before the program ran."""


class MontyCrashedError(MontyError):
    """The worker running the program died (process isolation)."""
