"""Code mode for Pydantic AI agents: `CodeMode` folds an agent's tools into one `run_code`
tool whose Python runs in a monty-agent sandbox (see docs/codemode.md)."""

from __future__ import annotations

from ._capability import DEFAULT_LIMITS, CodeMode
from ._toolset import RUN_CODE, CodeModeToolset

__all__ = ["DEFAULT_LIMITS", "RUN_CODE", "CodeMode", "CodeModeToolset"]
