"""Keep sandbox warnings off the host's stderr.

CPython reports some things a program does as warnings: compiling `'\\d'` or `x is 1`
(DeprecationWarning, SyntaxWarning), or dropping a coroutine that was never awaited
(RuntimeWarning, at garbage collection). For sandbox code these would be written to the
host's stderr. `install()` wraps `warnings.showwarning` and the hook CPython calls for
unawaited coroutines, once per process, so that warnings raised on a sandbox thread, while
compiling sandbox source (`quiet()`), or about a sandbox coroutine are dropped; everything
else is passed on unchanged.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Generator
from contextlib import contextmanager
from typing import Any

__all__ = ["install", "quiet"]

_local = threading.local()
_installed = False
_lock = threading.Lock()


def _quiet_here() -> bool:
    return getattr(_local, "depth", 0) > 0 or threading.current_thread().name.startswith(
        "monty-sandbox-"
    )


@contextmanager
def quiet() -> Generator[None]:
    """Drop the warnings raised in this thread while the block runs."""
    _local.depth = getattr(_local, "depth", 0) + 1
    try:
        yield
    finally:
        _local.depth -= 1


def _is_sandbox_coroutine(coro: Any) -> bool:
    frame = getattr(coro, "cr_frame", None)
    return frame is not None and "__m_tk__" in frame.f_builtins


def install() -> None:
    """Wrap the warning hooks (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
        shown: Callable[..., Any] = warnings.showwarning

        def showwarning(*args: Any, **kwargs: Any) -> Any:
            if _quiet_here():
                return None
            return shown(*args, **kwargs)

        warnings.showwarning = showwarning
        unawaited: Callable[[Any], Any] | None = getattr(
            warnings, "_warn_unawaited_coroutine", None
        )
        if unawaited is not None:
            original = unawaited

            def warn_unawaited(coro: Any) -> Any:
                if _quiet_here() or _is_sandbox_coroutine(coro):
                    return None
                return original(coro)

            warnings._warn_unawaited_coroutine = warn_unawaited  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue]
