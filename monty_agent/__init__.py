"""monty-agent: run Python written by LLM agents safely and fast.

>>> import monty_agent as ma
>>> ma.MontyRun('sum(x * x for x in range(4))').run()
14
"""

from __future__ import annotations

from monty_interpreter import LimitExceeded, LimitTracker, ResourceTracker

from ._api import RunResult, Sandbox, SandboxSession, run
from ._convert import MontyObject
from ._drivers import Complete, FunctionCall, FutureBatch, PendingCall, Progress
from ._errors import (
    MontyCrashedError,
    MontyError,
    MontyRuntimeError,
    MontySyntaxError,
    MontyTypingError,
    StackFrame,
    TypingDiagnostic,
)
from ._limits import ResourceLimits
from ._os import MemoryFile, MountDir, OSAccess
from ._os_calls import OSCall
from ._replay import load_progress
from ._run import MontyRun, PrintCallback
from ._session import MontySession
from ._tools import Tool, ToolCall

__all__ = [
    "Complete",
    "FunctionCall",
    "FutureBatch",
    "LimitExceeded",
    "LimitTracker",
    "MemoryFile",
    "MontyCrashedError",
    "MontyError",
    "MontyObject",
    "MontyRun",
    "MontyRuntimeError",
    "MontySession",
    "MontySyntaxError",
    "MontyTypingError",
    "MountDir",
    "OSAccess",
    "OSCall",
    "PendingCall",
    "PrintCallback",
    "Progress",
    "ResourceLimits",
    "ResourceTracker",
    "RunResult",
    "Sandbox",
    "SandboxSession",
    "StackFrame",
    "Tool",
    "ToolCall",
    "TypingDiagnostic",
    "load_progress",
    "run",
]
