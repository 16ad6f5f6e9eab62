"""Stage 1: parse source text into an `ast.Module` (top-level `await` allowed)."""

from __future__ import annotations

import ast

from .errors import CheckError

__all__ = ["parse"]


def parse(
    source: str, *, filename: str = "main.py", mode: str = "exec"
) -> ast.Module | ast.Expression:
    """Parse `source`; a `SyntaxError` becomes a `CheckError` carrying line, column and source line."""
    try:
        tree = ast.parse(source, filename=filename, mode=mode)
    except SyntaxError as exc:
        raise CheckError(
            exc.msg,
            lineno=exc.lineno,
            col_offset=(exc.offset - 1) if exc.offset else None,
            source_line=(exc.text or "").rstrip("\n") or None,
            filename=filename,
            kind=type(exc).__name__,
        ) from None
    except (ValueError, RecursionError, MemoryError) as exc:
        raise CheckError(f"source could not be parsed: {exc}", filename=filename) from None
    assert isinstance(tree, ast.Module | ast.Expression)
    return tree
