"""monty_interpreter: the sandboxed Python language of monty-agent.

A pipeline you can read top to bottom: `parse` -> `check` -> `lower` -> `compile` ->
`program` (execute under `execute.runtime` guards and an `execute.tracker`). No I/O, no
anyio, no pydantic: the host-facing API lives in `monty_agent`.
"""

from __future__ import annotations

from .errors import CheckError, LimitExceeded
from .execute import quiet as _quiet
from .execute.runtime import Runtime
from .execute.tracker import LimitTracker, ResourceTracker
from .modules import available as available_modules
from .program import Program, SandboxFailure, new_runtime

_quiet.install()

__all__ = [
    "CheckError",
    "LimitExceeded",
    "LimitTracker",
    "Program",
    "ResourceTracker",
    "Runtime",
    "SandboxFailure",
    "available_modules",
    "new_runtime",
]
