"""Stage 4: compile a lowered tree with CPython's `compile()`, cached by source and options."""

from __future__ import annotations

import ast
import functools
import types

from .check import check
from .errors import CheckError
from .lower import lower
from .parse import parse

__all__ = ["compile_source"]


@functools.lru_cache(maxsize=512)
def compile_source(
    source: str,
    *,
    filename: str = "main.py",
    mode: str = "exec",
    top_level_await: bool = True,
    capture_result: bool = True,
) -> types.CodeType:
    """parse -> check -> lower -> compile. Raises `CheckError` for anything refused."""
    tree = parse(source, filename=filename, mode=mode)
    check(tree, source, filename=filename)
    lowered = lower(tree, source, filename=filename, capture_result=capture_result)
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if top_level_await else 0
    try:
        return compile(lowered, filename, mode, flags=flags, dont_inherit=True)
    except SyntaxError as exc:
        lines = source.splitlines()
        line = lines[exc.lineno - 1] if exc.lineno and 0 < exc.lineno <= len(lines) else None
        raise CheckError(
            exc.msg,
            lineno=exc.lineno,
            col_offset=(exc.offset - 1) if exc.offset else None,
            source_line=line,
            filename=filename,
        ) from None
    except (ValueError, RecursionError, MemoryError) as exc:
        raise CheckError(f"program could not be compiled: {exc}", filename=filename) from None
