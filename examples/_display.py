"""What the example agents show while and after they run, with rich: a progress line
while the agent works, then for each `run_code` call the code the model wrote (syntax
highlighted), each tool call that code made with its timing, what came back, and at the
end the answer.

`Trace` is a Pydantic AI capability: its `wrap_tool_execute` hook sees every tool call,
nested calls from inside `run_code` included (CodeMode runs them through Pydantic AI's
tool execution), so it times each one and keeps the progress line up to date. The list of
nested calls itself comes from the `run_code` return's metadata.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from pydantic_ai import RunContext
from pydantic_ai.agent import AgentRunResult
from pydantic_ai.capabilities import AbstractCapability
from pydantic_ai.messages import ModelRequest, ModelResponse, ToolCallPart, ToolReturnPart
from pydantic_ai.tools import ToolDefinition
from rich.console import Console
from rich.panel import Panel
from rich.status import Status
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text

__all__ = ["CodeStep", "Trace", "code_steps", "show_run"]

RUN_CODE = "run_code"


@dataclass
class Trace(AbstractCapability[Any]):
    """Times every tool call of an agent run and shows what is going on in `status`."""

    status: Status | None = None
    durations: dict[str, float] = field(default_factory=dict[str, float])
    """Seconds each tool call took, by tool call id."""
    running: dict[str, str] = field(default_factory=dict[str, str])

    async def wrap_tool_execute(
        self,
        ctx: RunContext[Any],
        *,
        call: ToolCallPart,
        tool_def: ToolDefinition,
        args: Any,
        handler: Any,
    ) -> Any:
        """Time the call and show it as running meanwhile."""
        label = "running the model's code" if call.tool_name == RUN_CODE else _call_text(call)
        self.running[call.tool_call_id] = label
        self._update()
        start = time.perf_counter()
        try:
            return await handler(args)
        finally:
            self.durations[call.tool_call_id] = time.perf_counter() - start
            self.running.pop(call.tool_call_id, None)
            self._update()

    async def before_model_request(self, ctx: RunContext[Any], request_context: Any) -> Any:
        """Show that the model is thinking."""
        if self.status is not None:
            self.status.update("waiting for the model")
        return request_context

    def _update(self) -> None:
        if self.status is None:
            return
        shown = list(self.running.values())
        if not shown:
            self.status.update("waiting for the model")
            return
        tools = [s for s in shown if s != "running the model's code"]
        self.status.update("running " + ", ".join(tools[:3]) if tools else shown[0])


@dataclass
class CodeStep:
    """One `run_code` call: the code, the tool calls it made and what it returned."""

    code: str
    calls: list[tuple[ToolCallPart, ToolReturnPart | None]]
    result: Any
    failed: bool
    duration: float | None


def code_steps(
    messages: Sequence[Any], durations: dict[str, float] | None = None
) -> list[CodeStep]:
    """The `run_code` calls of a run's messages, in order, with their nested tool calls
    (from the return's metadata) and results."""
    durations = durations or {}
    returns: dict[str, ToolReturnPart] = {}
    for message in messages:
        if isinstance(message, ModelRequest):
            for part in message.parts:
                if isinstance(part, ToolReturnPart) and part.tool_name == RUN_CODE:
                    returns[part.tool_call_id] = part
    steps: list[CodeStep] = []
    for message in messages:
        if not isinstance(message, ModelResponse):
            continue
        for part in message.parts:
            if not isinstance(part, ToolCallPart) or part.tool_name != RUN_CODE:
                continue
            returned = returns.get(part.tool_call_id)
            metadata: dict[str, Any] = (returned.metadata if returned else None) or {}
            nested_calls: list[ToolCallPart] = metadata.get("tool_calls", [])
            nested_returns: dict[str, ToolReturnPart] = {
                r.tool_call_id: r
                for r in cast("list[ToolReturnPart]", metadata.get("tool_returns", []))
            }
            calls = [(c, nested_returns.get(c.tool_call_id)) for c in nested_calls]
            steps.append(
                CodeStep(
                    code=str(part.args_as_dict().get("code", "")),
                    calls=calls,
                    result=returned.content if returned else None,
                    failed=returned is None or returned.outcome != "success",
                    duration=durations.get(part.tool_call_id),
                )
            )
    return steps


def show_run(
    console: Console, result: AgentRunResult[Any], trace: Trace, *, max_result_chars: int = 600
) -> None:
    """Print each `run_code` step of an agent run and its answer."""
    steps = code_steps(result.all_messages(), trace.durations)
    for number, step in enumerate(steps, 1):
        took = f" after {_seconds(step.duration)}" if step.duration is not None else ""
        console.print(
            Panel(
                Syntax(step.code.strip("\n"), "python", theme="ansi_dark", word_wrap=True),
                title=f"code the model wrote, run {number}",
                title_align="left",
            )
        )
        if step.calls:
            console.print(_calls_table(step, trace.durations))
        label = f"error{took} (sent back to the model)" if step.failed else f"returned{took}"
        console.print(Text(f"{label}: ", style="bold red" if step.failed else "bold"), end="")
        console.print(Text(_short(step.result, max_result_chars)))
        console.print()
    console.print(Panel(Text(str(result.output)), title="answer", title_align="left", style="bold"))


def _calls_table(step: CodeStep, durations: dict[str, float]) -> Table:
    table = Table(title=f"{len(step.calls)} tool call(s)", title_justify="left", expand=False)
    table.add_column("tool call", overflow="fold")
    table.add_column("time", justify="right")
    table.add_column("result", overflow="fold")
    for call, returned in step.calls:
        duration = durations.get(call.tool_call_id)
        outcome = _compact(returned.content, 60) if returned is not None else "(raised)"
        table.add_row(_call_text(call), _seconds(duration) if duration else "", outcome)
    return table


def _call_text(call: ToolCallPart) -> str:
    args = ", ".join(
        f"{k}={{{_compact(v, 60)}}}" if isinstance(v, dict) else f"{k}={_compact(v, 60)}"
        for k, v in call.args_as_dict().items()
    )
    return f"{call.tool_name}({args})"


def _seconds(duration: float | None) -> str:
    if duration is None:
        return ""
    return f"{duration * 1000:.0f} ms" if duration < 1 else f"{duration:.2f} s"


def _compact(value: Any, limit: int) -> str:
    """A short summary of a tool's argument or result: strings cut, containers counted,
    records shown as a few of their fields."""
    value = _plain(value)
    if isinstance(value, str):
        return repr(value) if len(value) <= limit else repr(value[: limit - 5]) + "..."
    if isinstance(value, dict):
        fields: list[str] = []
        for key, item in cast("dict[str, Any]", value).items():
            if isinstance(item, (list, dict)):
                fields.append(f"{key}=[{len(cast('list[Any]', item))} items]")
            else:
                fields.append(f"{key}={_compact(item, 30)}")
        text = ", ".join(fields)
        return text if len(text) <= limit * 2 else text[: limit * 2 - 3] + "..."
    if isinstance(value, list) and len(cast("list[Any]", value)) > 5:
        return f"[{len(cast('list[Any]', value))} items]"
    return _short(value, limit)


def _short(value: Any, limit: int) -> str:
    """A value as JSON (or its repr), cut to `limit` characters."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(_plain(value), ensure_ascii=False, default=repr)
        except (TypeError, ValueError):
            text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _plain(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)
    return dump(mode="json") if callable(dump) else value
