"""`warnings` for the sandbox: warnings are accepted and dropped, never shown on the host.

CPython's own machinery also imports `warnings` through the running frame's `__import__`
(for "coroutine ... was never awaited" and warnings about a source object); inside a run that
is this module, so those warnings end here too instead of on the host's stderr.

Security: no filter state is shared with the host's `warnings` module; `catch_warnings`
records nothing and restores nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..policy import register_host_type
from . import register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime


class catch_warnings:
    """A context manager that changes nothing (there are no filters to save)."""

    def __init__(self, *, record: bool = False, **kwargs: Any) -> None:
        self.record = bool(record)

    def __enter__(self) -> list[Any] | None:
        return [] if self.record else None

    def __exit__(self, *exc_info: Any) -> None:
        return None


register_host_type(catch_warnings, "__enter__ __exit__")


def _ignore(*args: Any, **kwargs: Any) -> None:
    """Accept and drop."""
    return None


@register("warnings")
def _warnings(rt: Runtime) -> dict[str, Any]:
    return {
        "warn": _ignore,
        "warn_explicit": _ignore,
        "filterwarnings": _ignore,
        "simplefilter": _ignore,
        "resetwarnings": _ignore,
        "catch_warnings": catch_warnings,
        # the hooks CPython's C code looks up on the module it imported
        "_warn_unawaited_coroutine": _ignore,
        "_showwarnmsg": _ignore,
    }
