"""`CodeModeToolset`: the agent's selected tools folded into one `run_code` tool that runs
model-written Python in a `monty_agent` sandbox session (one per agent run)."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field, replace
from typing import Annotated, Any, NotRequired, Self, cast

import pydantic_core
from pydantic import Field, TypeAdapter
from pydantic_ai import ModelRetry, RunContext, ToolReturn, WrapperToolset
from pydantic_ai.exceptions import ApprovalRequired, CallDeferred, ToolFailed, UserError
from pydantic_ai.messages import ToolCallPart, ToolReturnPart
from pydantic_ai.tool_manager import ToolManager
from pydantic_ai.tools import (
    AgentDepsT,
    ToolDefinition,
    ToolDenied,
    ToolSelector,
    matches_tool_selector,
)
from pydantic_ai.toolsets import AbstractToolset
from pydantic_ai.toolsets.abstract import SchemaValidatorProt, ToolsetTool
from typing_extensions import TypedDict  # pydantic needs it on Python < 3.12

from .._api import Sandbox, SandboxSession
from .._errors import MontyError, MontyRuntimeError, MontySyntaxError, MontyTypingError
from .._limits import ResourceLimits
from .._os import OSAccess, granted_paths
from .._tools import MAX_ERRORS, Tool, _describe_error
from .._typecheck import check_program
from ._catalog import Catalog, describe_run_code, sandbox_name
from ._report import (
    failure_message,
    plain_json,
    run_code_result,
    syntax_message,
    typing_message,
)

__all__ = ["RUN_CODE", "CodeModeToolset"]

RUN_CODE = "run_code"
"""The name of the tool `CodeMode` gives the model."""


PRELUDE = "import asyncio"
"""What a new session runs first."""


class _RunCodeArgs(TypedDict):
    code: Annotated[str, Field(description="The Python code to run.")]
    restart: NotRequired[
        Annotated[
            bool,
            Field(
                description="True to discard the variables, functions and imports of earlier "
                "run_code calls before running the code (default false: they are kept)."
            ),
        ]
    ]


_RUN_CODE_ARGS = TypeAdapter(_RunCodeArgs)
_RUN_CODE_SCHEMA = _RUN_CODE_ARGS.json_schema()
_RUN_CODE_VALIDATOR = cast("SchemaValidatorProt", _RUN_CODE_ARGS.validator)


@dataclass(kw_only=True)
class _RunCodeTool(ToolsetTool[AgentDepsT]):
    """The `run_code` tool of one step, with the tools its code may call."""

    sandboxed: dict[str, ToolsetTool[AgentDepsT]]
    """The sandboxed tools by their sandbox (Python) names."""
    catalog: Catalog
    """Their stubs (the description's, and the type checker's)."""


class _RunState:
    """The REPL session of one agent run (created at the first `run_code` call)."""

    def __init__(self) -> None:
        self.session: SandboxSession | None = None

    async def session_for(self, sandbox: Sandbox) -> SandboxSession:
        """The run's session, running its next snippet with `sandbox`'s tools (a new
        session starts with `asyncio` imported)."""
        if self.session is None:
            self.session = sandbox.session()
            await self.session.run(PRELUDE)
        else:
            self.session.sandbox = sandbox
        return self.session

    def reset(self) -> None:
        """Drop the session: the next snippet starts from a clean state."""
        session, self.session = self.session, None
        if session is not None:
            session.close()


class _Execution:
    """One `run_code` call: the nested tool calls its code makes, through Pydantic AI's
    own tool execution (validation, hooks, retries, `ToolReturn`)."""

    def __init__(
        self,
        ctx: RunContext[Any],
        manager: ToolManager[Any],
        max_tool_calls: int | None,
    ) -> None:
        self.ctx = ctx
        self.manager = manager
        self.max_tool_calls = max_tool_calls
        self.parent_id = ctx.tool_call_id or RUN_CODE
        self.calls: list[ToolCallPart] = []
        self.returns: list[ToolReturnPart] = []

    def start(self, name: str, args: dict[str, Any]) -> ToolCallPart:
        """Record a nested call (refused past `max_tool_calls`)."""
        if self.max_tool_calls is not None and len(self.calls) >= self.max_tool_calls:
            raise RuntimeError(
                f"{name}(): too many tool calls: run_code allows {self.max_tool_calls} per "
                "call. Call fewer tools (filter the inputs first), or split the work across "
                "several run_code calls."
            )
        part = ToolCallPart(
            tool_name=name, args=args, tool_call_id=f"{self.parent_id}-{len(self.calls) + 1}"
        )
        self.calls.append(part)
        return part

    async def call(self, part: ToolCallPart) -> Any:
        """Run a nested call; its return value, or the exception the sandbox should see."""
        name = part.tool_name
        try:
            result = await self.manager.handle_call(part, wrap_validation_errors=False)
        except pydantic_core.ValidationError as exc:
            raise _validation_error(name, exc) from None
        except ModelRetry as exc:
            raise RuntimeError(f"{name}(): {exc.message}") from None
        except ToolFailed as exc:
            raise RuntimeError(f"{name}(): {exc}") from None
        except (CallDeferred, ApprovalRequired) as exc:
            raise RuntimeError(
                f"{name}() needs {'approval' if isinstance(exc, ApprovalRequired) else 'an answer from outside'}"
                ", which code mode cannot wait for: call it directly instead"
            ) from None
        if isinstance(result, ToolDenied):
            self.returns.append(
                ToolReturnPart(
                    tool_name=name,
                    content=result.message,
                    tool_call_id=part.tool_call_id,
                    outcome="denied",
                )
            )
            raise RuntimeError(f"{name}() was denied: {result.message}")
        metadata = None
        if isinstance(result, ToolReturn):
            tool_return = cast("ToolReturn[Any]", result)
            metadata = tool_return.metadata
            result = tool_return.return_value
        self.returns.append(
            ToolReturnPart(
                tool_name=name,
                content=result,
                tool_call_id=part.tool_call_id,
                metadata=metadata,
            )
        )
        return result


def _validation_error(name: str, exc: pydantic_core.ValidationError) -> TypeError:
    """The sandbox's `TypeError` for arguments the tool's schema rejected."""
    errors = exc.errors(include_url=False)
    shown = "; ".join(_describe_error(None, error) for error in errors[:MAX_ERRORS])
    more = len(errors) - min(len(errors), MAX_ERRORS)
    return TypeError(f"{name}(): {shown}" + (f" (and {more} more errors)" if more else ""))


class _NestedCall:
    """The function the sandbox calls for one tool during one `run_code` call. It holds the
    call's `_Execution` weakly: nothing of the agent run outlives the call through it."""

    __slots__ = ("execution", "name", "sandbox_name")

    def __init__(self, execution: _Execution, name: str, sandbox_name: str) -> None:
        self.execution = weakref.ref(execution)
        self.name = name
        self.sandbox_name = sandbox_name

    def __eq__(self, other: object) -> bool:
        # Equal per tool: `tool_spec`'s cache then holds one entry per tool, not one per call.
        if not isinstance(other, _NestedCall):
            return NotImplemented
        return (self.name, self.sandbox_name) == (other.name, other.sandbox_name)

    def __hash__(self) -> int:
        return hash((_NestedCall, self.name, self.sandbox_name))

    async def __call__(self, *args: Any, **kwargs: Any) -> Any:
        execution = self.execution()
        if execution is None:  # pragma: no cover - the run_code call is over
            raise RuntimeError(f"{self.sandbox_name}() is no longer available")
        if args:
            count = len(args)
            raise TypeError(
                f"{self.sandbox_name}() takes 0 positional arguments but {count} "
                f"{'was' if count == 1 else 'were'} given: pass keyword arguments"
            )
        part = execution.start(self.name, {k: plain_json(v) for k, v in kwargs.items()})
        return await execution.call(part)


@dataclass
class CodeModeToolset(WrapperToolset[AgentDepsT]):
    """The toolset behind `CodeMode`: the wrapped toolset's selected tools become functions
    inside a `run_code` tool; the others stay as they are.

    Each agent run gets its own sandbox session (REPL state persists across the run's
    `run_code` calls), closed when the run ends.
    """

    tool_selector: ToolSelector[AgentDepsT] = "all"
    """Which tools to move into the sandbox (see `CodeMode.tools`)."""
    max_retries: int = 3
    """How often the model may retry a failing `run_code` call."""
    max_tool_calls: int | None = 100
    """How many tool calls one `run_code` call may make (None: no limit)."""
    max_output_chars: int = 20_000
    """How many characters of printed output and result `run_code` returns."""
    limits: ResourceLimits = field(default_factory=ResourceLimits)
    """The limits of each snippet."""
    os_access: OSAccess | None = None
    """The files, environment and clock policy snippets see (None: none)."""
    type_check: bool = False
    """Check each snippet with ty against the tools' stubs before it runs; findings are a
    retry for the model."""
    _state: _RunState | None = field(default=None, repr=False, compare=False)

    async def for_run(self, ctx: RunContext[AgentDepsT]) -> AbstractToolset[AgentDepsT]:
        """A fresh instance (with its own REPL session) for this agent run."""
        return replace(self, wrapped=await self.wrapped.for_run(ctx), _state=None)

    async def __aenter__(self) -> Self:
        await super().__aenter__()
        if self._state is None:
            self._state = _RunState()
        return self

    async def __aexit__(self, *args: Any) -> bool | None:
        try:
            return await super().__aexit__(*args)
        finally:
            if self._state is not None:
                self._state.reset()

    async def get_tools(self, ctx: RunContext[AgentDepsT]) -> dict[str, ToolsetTool[AgentDepsT]]:
        """`run_code` (with the sandboxed tools in its description) and the native tools."""
        tools = await self.wrapped.get_tools(ctx)
        native: dict[str, ToolsetTool[AgentDepsT]] = {}
        sandboxed: dict[str, ToolsetTool[AgentDepsT]] = {}
        for name, tool in tools.items():
            if await self._sandboxable(ctx, tool):
                python_name = sandbox_name(name)
                if python_name in sandboxed or python_name == RUN_CODE:
                    raise UserError(
                        f"tool {name!r} would be called {python_name!r} in the sandbox, which "
                        "is taken: rename it"
                    )
                sandboxed[python_name] = tool
            else:
                native[name] = tool
        if RUN_CODE in native:
            raise UserError(f"the tool name {RUN_CODE!r} is reserved by CodeMode: rename the tool")
        catalog = Catalog.of(sandboxed)
        description = describe_run_code(
            catalog,
            max_tool_calls=self.max_tool_calls,
            limits=self.limits,
            native_tools=bool(native),
            files=granted_paths(self.os_access),
        )
        native[RUN_CODE] = _RunCodeTool(
            toolset=self,
            tool_def=_run_code_definition(description),
            max_retries=self.max_retries,
            args_validator=_RUN_CODE_VALIDATOR,
            sandboxed=sandboxed,
            catalog=catalog,
        )
        return native

    async def _sandboxable(
        self, ctx: RunContext[AgentDepsT], tool: ToolsetTool[AgentDepsT]
    ) -> bool:
        """Whether a tool goes into the sandbox: framework tools (tool search...), tools not
        yet revealed, local fallbacks of native tools and other code-running tools stay
        native; the rest follow the selector."""
        tool_def = tool.tool_def
        if tool_def.tool_kind is not None or tool_def.unless_native:
            return False
        if tool_def.metadata and "code_arg_name" in tool_def.metadata:
            return False
        if not ctx.is_tool_available(tool_def):
            return False
        return await matches_tool_selector(self.tool_selector, ctx, tool_def)

    async def call_tool(
        self,
        name: str,
        tool_args: dict[str, Any],
        ctx: RunContext[AgentDepsT],
        tool: ToolsetTool[AgentDepsT],
    ) -> Any:
        """Run a snippet (`run_code`), or pass a native tool's call through."""
        if not isinstance(tool, _RunCodeTool):
            return await self.wrapped.call_tool(name, tool_args, ctx, tool)
        run_code = tool
        state = self._state
        if state is None:
            raise UserError("CodeModeToolset must be entered (`async with`) before use")
        restart = bool(tool_args.get("restart", False))
        if restart:
            state.reset()
        execution = _Execution(ctx, self._nested_manager(ctx, run_code), self.max_tool_calls)
        sandbox = Sandbox(
            tools=[
                Tool(_NestedCall(execution, t.tool_def.name, n), name=n, description="")
                for n, t in run_code.sandboxed.items()
            ],
            limits=self.limits,
            os=self.os_access,
        )
        try:
            session = await state.session_for(sandbox)
            if self.type_check:
                check_program(run_code.catalog.stubs, tool_args["code"], before=session.snippets)
            result = await session.run(tool_args["code"])
        except MontySyntaxError as error:
            raise ModelRetry(syntax_message(error)) from None
        except MontyTypingError as error:
            raise ModelRetry(typing_message(error)) from None
        except MontyRuntimeError as error:
            raise ModelRetry(failure_message(error, self.limits, self.max_output_chars)) from None
        except MontyError as error:
            state.reset()
            raise ModelRetry(
                f"run_code failed: {error}. The sandbox state was reset: define what you "
                "need again."
            ) from None
        except BaseException:
            state.reset()  # cancelled mid-snippet: don't keep a half-run state
            raise
        return ToolReturn(
            return_value=run_code_result(result.output, result.stdout, self.max_output_chars),
            metadata={"tool_calls": execution.calls, "tool_returns": execution.returns},
        )

    def _nested_manager(
        self, ctx: RunContext[AgentDepsT], tool: _RunCodeTool[AgentDepsT]
    ) -> ToolManager[AgentDepsT]:
        """A tool manager for the sandboxed tools: nested calls get Pydantic AI's validation,
        capability hooks and a RunContext of their own, like native calls."""
        parent = ctx.tool_manager
        return ToolManager(
            toolset=self.wrapped,
            root_capability=parent.root_capability if parent is not None else None,
            ctx=ctx,
            tools={t.tool_def.name: t for t in tool.sandboxed.values()},
        )


def _run_code_definition(description: str) -> ToolDefinition:
    """The `ToolDefinition` of `run_code` (sequential: snippets share one session)."""
    return ToolDefinition(
        name=RUN_CODE,
        description=description,
        parameters_json_schema=_RUN_CODE_SCHEMA,
        metadata={"code_arg_name": "code", "code_arg_language": "python"},
        sequential=True,
    )
