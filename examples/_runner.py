"""What the three example agents share: the `--model` option, the scripted stand-in for
an LLM, and running an agent with the progress display."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from pydantic_ai import Agent
from pydantic_ai.agent import AgentRunResult
from pydantic_ai.exceptions import UserError
from pydantic_ai.messages import (
    ModelMessage,
    ModelRequest,
    ModelResponse,
    TextPart,
    ToolCallPart,
    ToolReturnPart,
)
from pydantic_ai.models import Model
from pydantic_ai.models.function import AgentInfo, FunctionModel
from rich.console import Console

from ._display import RUN_CODE, Trace, show_run

__all__ = ["Step", "add_model_option", "model_or_exit", "run_and_show", "scripted_model"]

Step = Callable[[list[Any]], str]
"""A scripted model turn: given what the earlier `run_code` calls returned, the code to run."""

_EXTRAS = {
    "openai": "openai",
    "anthropic": "anthropic",
    "google-gla": "google",
    "google-vertex": "google",
    "groq": "groq",
    "mistral": "mistral",
    "cohere": "cohere",
    "bedrock": "bedrock",
}


def add_model_option(parser: argparse.ArgumentParser) -> None:
    """`--model provider:model` (default: the scripted model, offline)."""
    parser.add_argument(
        "--model",
        metavar="PROVIDER:MODEL",
        help="a real model, e.g. openai:gpt-4.1 or anthropic:claude-sonnet-4-5 (needs the "
        "provider's extra and API key, see docs/examples.md); default: a scripted model that "
        "runs offline",
    )


def scripted_model(steps: Sequence[Step], answer: Callable[[list[Any]], str]) -> FunctionModel:
    """A stand-in for an LLM: turn i runs the code `steps[i](results)`, where `results` are
    what the earlier `run_code` calls returned; then it answers with `answer(results)`. If
    a `run_code` call fails, it answers with the error instead of trying again."""

    def respond(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        results: list[Any] = []
        for message in messages:
            if not isinstance(message, ModelRequest):
                continue
            for part in message.parts:
                if isinstance(part, ToolReturnPart) and part.tool_name == RUN_CODE:
                    if part.outcome != "success":
                        return ModelResponse(
                            parts=[TextPart(f"Sorry, my code failed:\n{part.content}")]
                        )
                    results.append(part.content)
        if len(results) < len(steps):
            code = steps[len(results)](results)
            return ModelResponse(parts=[ToolCallPart(RUN_CODE, {"code": code})])
        return ModelResponse(parts=[TextPart(answer(results))])

    return FunctionModel(respond, model_name="scripted")


def model_or_exit(
    name: str | None, scripted: FunctionModel, console: Console, example: str
) -> Model | str:
    """The model to use: `scripted` without a name; with one, the name after checking that
    Pydantic AI knows it and its provider's package is installed (else say what to do, and
    exit with status 2)."""
    if name is None:
        return scripted
    try:
        Agent(name)  # resolves the provider: fails early if its package is missing
    except (ImportError, UserError) as exc:
        console.print(f"cannot use model {name!r}: {exc}", style="red", markup=False)
        provider = name.split(":", 1)[0]
        if provider in _EXTRAS:
            console.print(
                "Install the provider's extra, for example:\n  uv run --with "
                f"'pydantic-ai-slim[{_EXTRAS[provider]}]' python -m examples.{example} "
                f"--model {name}",
                markup=False,
                soft_wrap=True,
            )
        raise SystemExit(2) from None
    return name


async def run_and_show(
    agent: Agent[Any, str], prompt: str, trace: Trace, console: Console
) -> AgentRunResult[str]:
    """Run the agent with a progress line, then print its code, tool calls and answer."""
    console.print(f"[bold]question:[/bold] {prompt}")
    console.print()
    with console.status("starting") as status:
        trace.status = status
        try:
            result = await agent.run(prompt)
        finally:
            trace.status = None
    show_run(console, result, trace)
    return result
