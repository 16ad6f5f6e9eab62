"""Errors raised by the interpreter pipeline.

`CheckError` is raised before anything runs (syntax errors and refused constructs);
`LimitExceeded` is raised inside a run when a resource limit trips. It derives from
`BaseException` and the lowered code re-raises it from every `except` handler, so sandbox
code cannot catch it away.
"""

from __future__ import annotations

__all__ = ["CheckError", "LimitExceeded", "RunEnded"]


class CheckError(Exception):
    """A program was refused before it ran: a syntax error or a construct the sandbox forbids."""

    def __init__(
        self,
        message: str,
        *,
        lineno: int | None = None,
        col_offset: int | None = None,
        source_line: str | None = None,
        filename: str = "main.py",
        kind: str = "SyntaxError",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.lineno = lineno
        self.col_offset = col_offset
        self.source_line = source_line
        self.filename = filename
        self.kind = kind

    def __str__(self) -> str:
        where = (
            f"{self.filename}:{self.lineno}:{(self.col_offset or 0) + 1}"
            if self.lineno
            else self.filename
        )
        return f"{where}: {self.message}"


class LimitExceeded(BaseException):
    """A resource limit tripped; the run ends. `type_name` is the Python exception it reports as."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(message)
        self.type_name = type_name
        self.message = message


class RunEnded(LimitExceeded, GeneratorExit):
    """Raised by sandbox code that still runs after its run ended: the `finally` or `except`
    of a generator or coroutine that the host's garbage collector closes later.

    It is a `GeneratorExit`, so closing the generator accepts it silently (nothing reaches the
    host's unraisable hook), and a `LimitExceeded`, so the sandbox cannot catch it away.
    """

    def __init__(self) -> None:
        super().__init__("RuntimeError", "the run has ended")
