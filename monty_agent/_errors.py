"""The errors a host sees: `MontyError` and its subclasses, never interpreter internals."""

from __future__ import annotations

import json
from collections.abc import Sequence
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
    "TypingDiagnostic",
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


@dataclass(frozen=True, kw_only=True)
class TypingDiagnostic:
    """One finding of the type checker, placed in the program's own source.

    Lines are 1-based, columns 1-based (characters); `end_line`/`end_column` (exclusive)
    are None when the checker gave no range. `rule` is ty's rule name
    (`invalid-argument-type`, `unresolved-attribute`...), `severity` `'error'`,
    `'warning'` or `'info'`.
    """

    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    rule: str
    severity: Literal["error", "warning", "info"] = "error"
    message: str

    def as_dict(self) -> dict[str, object]:
        """The diagnostic as plain JSON-compatible data."""
        return {
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
        }


class MontyTypingError(MontyError):
    """Static type checking (`type_check=True`) found problems before the program ran.

    `diagnostics` lists them in source order; `display()` renders them for a person or a
    model (`'concise'`: one line each, `'full'`: with the source line and a caret,
    `'json'`: a JSON list).

    >>> from monty_agent import MontyRun, MontyTypingError
    >>> try:
    ...     MontyRun('x: int = "one"', type_check=True)
    ... except MontyTypingError as e:
    ...     print(e.display('concise'))
    main.py:1:10: error[invalid-assignment] Object of type `Literal["one"]` is not assignable to `int`
    """

    def __init__(
        self,
        diagnostics: Sequence[TypingDiagnostic],
        *,
        filename: str = "main.py",
        source: str = "",
    ) -> None:
        self.diagnostics = list(diagnostics)
        self.filename = filename
        self.source = source
        super().__init__(self.display("concise"))

    def display(self, format: Literal["concise", "full", "json"] = "full") -> str:
        """The diagnostics as text: one line each, with source context, or as JSON."""
        if format == "json":
            return json.dumps([d.as_dict() for d in self.diagnostics], indent=2)
        if format == "concise":
            return "\n".join(
                f"{self.filename}:{d.line}:{d.column}: {d.severity}[{d.rule}] {d.message}"
                for d in self.diagnostics
            )
        lines = self.source.splitlines()
        blocks: list[str] = []
        for d in self.diagnostics:
            block = [
                f"{d.severity}[{d.rule}]: {d.message}",
                f" --> {self.filename}:{d.line}:{d.column}",
            ]
            if 0 < d.line <= len(lines):
                text = lines[d.line - 1]
                gutter = " " * len(str(d.line))
                width = 1
                if d.end_line == d.line and d.end_column is not None:
                    width = max(d.end_column - d.column, 1)
                block += [
                    f"{gutter} |",
                    f"{d.line} | {text}",
                    f"{gutter} | {' ' * (d.column - 1)}{'^' * width}",
                ]
            blocks.append("\n".join(block))
        return "\n\n".join(blocks)


class MontyCrashedError(MontyError):
    """The worker running the program died (process isolation)."""
