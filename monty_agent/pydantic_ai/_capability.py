"""`CodeMode`: the Pydantic AI capability that puts an agent's tools behind `run_code`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic_ai.capabilities import AbstractCapability
from pydantic_ai.tools import AgentDepsT, ToolSelector
from pydantic_ai.toolsets import AbstractToolset

from .._limits import ResourceLimits, as_limits
from .._os import OSAccess
from ._toolset import CodeModeToolset

__all__ = ["DEFAULT_LIMITS", "CodeMode"]

DEFAULT_LIMITS = ResourceLimits(max_duration_secs=30.0, max_memory=256 * 2**20)
"""The limits of each `run_code` snippet unless `resource_limits` says otherwise."""


@dataclass(kw_only=True)
class CodeMode(AbstractCapability[AgentDepsT]):
    """Fold the agent's tools into one `run_code` tool: the model writes Python that awaits
    them, loops, filters and aggregates, and gets back the last expression's value and what
    the code printed.

    The code runs in a `monty_agent` sandbox session, one per agent run (state persists
    across the run's `run_code` calls; `restart: true` resets it). Each tool call the code
    makes goes through Pydantic AI's own tool execution (validation, hooks, `ToolReturn`) as
    a task of its own: calls awaited together with `asyncio.gather` run concurrently.

    >>> from pydantic_ai import Agent
    >>> from monty_agent.pydantic_ai import CodeMode
    >>> agent = Agent('test', capabilities=[CodeMode(tools=['search'], max_tool_calls=20)])

    Not available yet (it raises `NotImplementedError`): `isolation` other than
    `'in-process'` (process isolation).
    """

    tools: ToolSelector[AgentDepsT] = "all"
    """Which tools move into the sandbox: `'all'`, a list of names, a predicate
    `(ctx, tool_def) -> bool`, or a metadata dict the tool's metadata must contain. The
    others stay native tools of the agent."""
    max_retries: int = 3
    """How often the model may retry a failing `run_code` call (a syntax error, an uncaught
    exception or a tripped limit each count as one)."""
    max_tool_calls: int | None = 100
    """How many tool calls one `run_code` call may make; past it, the call raises a
    `RuntimeError` inside the sandbox. None for no limit."""
    max_output_chars: int = 20_000
    """How many characters of printed output and result one `run_code` call returns; the rest
    is cut out, with a marker saying so."""
    resource_limits: ResourceLimits | Mapping[str, Any] | None = None
    """The limits of each snippet (`ResourceLimits` or the same as a dict); None for
    `DEFAULT_LIMITS` (30 s, 256 MiB)."""
    os_access: OSAccess | None = None
    """Files, environment variables and clock policy the snippets see (`OSAccess`); None:
    file access is refused and the environment is empty."""
    isolation: Literal["in-process"] = "in-process"
    """Where snippets run: only `'in-process'` for now."""
    type_check: bool = False
    """Type-check each snippet with ty against the tools' stubs (the ones in the `run_code`
    description) before it runs: what ty finds goes back to the model as a retry, and the
    snippet does not run (see docs/typecheck.md)."""
    _limits: ResourceLimits = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.isolation != "in-process":
            raise NotImplementedError(
                f"CodeMode(isolation={self.isolation!r}): only 'in-process' is available yet"
            )
        if self.max_tool_calls is not None and self.max_tool_calls < 0:
            raise ValueError("max_tool_calls must be at least 0")
        if self.max_output_chars < 100:
            raise ValueError("max_output_chars must be at least 100")
        limits = as_limits(self.resource_limits)
        self._limits = DEFAULT_LIMITS if limits is None else limits

    def get_wrapper_toolset(
        self, toolset: AbstractToolset[AgentDepsT]
    ) -> AbstractToolset[AgentDepsT]:
        """Wrap the agent's tools in a `CodeModeToolset`."""
        return CodeModeToolset(
            wrapped=toolset,
            tool_selector=self.tools,
            max_retries=self.max_retries,
            max_tool_calls=self.max_tool_calls,
            max_output_chars=self.max_output_chars,
            limits=self._limits,
            os_access=self.os_access,
            type_check=self.type_check,
        )
