"""Stage 4: compile a lowered tree with CPython's `compile()`, cached by source and options."""

from __future__ import annotations

import ast
import functools
import types

from .check import check
from .errors import CheckError
from .execute.quiet import quiet
from .lower import lower
from .module_function import MODULE_FUNCTION
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
    """parse -> check -> lower -> compile. Raises `CheckError` for anything refused.

    Warnings the compiler raises about the source (`'\\d'`, `x is 1`) are dropped: they are
    the sandbox's, not the host's.
    """
    with quiet():
        return _compile(source, filename, mode, top_level_await, capture_result)


def _compile(
    source: str, filename: str, mode: str, top_level_await: bool, capture_result: bool
) -> types.CodeType:
    tree = parse(source, filename=filename, mode=mode)
    check(tree, source, filename=filename)
    lowered = lower(tree, source, filename=filename, capture_result=capture_result)
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if top_level_await else 0
    try:
        return _strip_module_qualname(
            compile(lowered, filename, mode, flags=flags, dont_inherit=True)
        )
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


_PREFIX = f"{MODULE_FUNCTION}.<locals>."
_CO_OPTIMIZED = 0x1


def _strip_module_qualname(code: types.CodeType) -> types.CodeType:
    """Qualified names as CPython gives them at module level (`f`, not `<module>.<locals>.f`)."""
    consts: tuple[object, ...] = tuple(
        _strip_module_qualname(c) if isinstance(c, types.CodeType) else c for c in code.co_consts
    )
    qualname = code.co_qualname
    if qualname.startswith(_PREFIX):
        if not code.co_flags & _CO_OPTIMIZED:  # a class body stores its own __qualname__
            consts = tuple(_strip_prefix(c) if c == qualname else c for c in consts)
        qualname = qualname[len(_PREFIX) :]
    return code.replace(co_consts=consts, co_qualname=qualname)


def _strip_prefix(value: object) -> object:
    return value[len(_PREFIX) :] if isinstance(value, str) else value
