"""The `run_code` tool's description: the rules of the sandbox and the sandboxed tools as
Python stubs (`async def` signatures with docstrings, object types as classes)."""

from __future__ import annotations

import keyword
import re
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from monty_interpreter.modules import available
from pydantic_ai.tools import Tool
from pydantic_ai.toolsets import FunctionToolset
from pydantic_ai.toolsets.abstract import ToolsetTool
from pydantic_ai.toolsets.function import FunctionToolsetTool

from .._limits import ResourceLimits
from .._stubs import StubSet

__all__ = ["Catalog", "describe_run_code", "sandbox_name"]

#: How many toolsets may wrap a function tool before its signature is ignored.
_MAX_WRAPPING = 20
_NOT_IDENTIFIER = re.compile(r"[^0-9A-Za-z_]")

#: The sandbox's modules, as the description lists them (top-level names of the registry).
MODULES = ", ".join(name for name in available() if "." not in name)


def sandbox_name(tool_name: str) -> str:
    """The Python name a tool has in the sandbox (`get-user` -> `get_user`, `class` ->
    `class_`)."""
    name = _NOT_IDENTIFIER.sub("_", tool_name) or "_"
    if name[0].isdigit():
        name = "_" + name
    if keyword.iskeyword(name):
        name += "_"
    return name


@dataclass(frozen=True)
class Catalog:
    """The stubs of the sandboxed tools (classes, then `async def` signatures), from the same
    generator as `Sandbox.describe()` and the type checker."""

    stubs: StubSet

    @property
    def functions(self) -> tuple[str, ...]:
        """Each tool's stub."""
        return tuple(f.render() for f in self.stubs.functions)

    @classmethod
    def of(cls, tools: Mapping[str, ToolsetTool[Any]]) -> Catalog:
        """The catalog of `tools` (keyed by their sandbox names). A Python function tool is
        described by its signature (its models, dataclasses and `TypedDict`s as classes);
        any other tool by its JSON schemas (objects as `TypedDict`s: they arrive as dicts)."""
        stubs = StubSet()
        for name, tool in tools.items():
            tool_def = tool.tool_def
            doc = _with_arguments(tool_def.description or "", tool_def.parameters_json_schema)
            function = _python_tool(tool)
            if function is not None and function.function_schema.single_arg_name is None:
                stubs.add_function(
                    name,
                    function.function,
                    description=doc,
                    is_async=True,
                    keyword_only=True,
                    skip_first=function.takes_ctx,
                )
            else:
                stubs.add_schema_function(
                    name,
                    tool_def.parameters_json_schema,
                    tool_def.return_schema,
                    description=doc,
                    returns_type=_return_type(function),
                )
        return cls(stubs)

    def render(self) -> str:
        """The stubs as one Python block."""
        return self.stubs.render()


def _with_arguments(description: str, parameters: Mapping[str, Any]) -> str:
    """A tool's description with an `Args:` section for the parameters its schema
    describes (Pydantic AI moves them there from the docstring)."""
    properties = parameters.get("properties")
    if not isinstance(properties, Mapping):
        return description
    lines: list[str] = []
    for name, schema in cast("Mapping[str, Any]", properties).items():
        text: object = (
            cast("Mapping[str, Any]", schema).get("description")
            if isinstance(schema, Mapping)
            else None
        )
        if isinstance(text, str) and text:
            lines.append(f"    {sandbox_name(name)}: {' '.join(text.split())}")
    if not lines:
        return description
    return "\n\n".join(part for part in (description, "Args:\n" + "\n".join(lines)) if part)


def _python_tool(tool: ToolsetTool[Any]) -> Tool[Any] | None:
    """The Pydantic AI `Tool` (with its Python function) behind a function toolset's tool,
    through the tools that combining toolsets wrap around it."""
    for _ in range(_MAX_WRAPPING):
        if isinstance(tool, FunctionToolsetTool) and isinstance(tool.toolset, FunctionToolset):
            return tool.toolset.tools.get(tool.original_name or tool.tool_def.name)
        inner: object = getattr(tool, "source_tool", None)
        if not isinstance(inner, ToolsetTool):
            return None
        tool = cast("ToolsetTool[Any]", inner)
    return None


def _return_type(function: Tool[Any] | None) -> Any:
    """A function tool's return annotation (what the sandbox receives), or None."""
    if function is None:
        return None
    hints = typing.get_type_hints(function.function, include_extras=True)
    return hints.get("return")


def describe_run_code(
    catalog: Catalog,
    *,
    max_tool_calls: int | None,
    limits: ResourceLimits,
    native_tools: bool,
    files: Sequence[str] = (),
) -> str:
    """The description of the `run_code` tool (`files`: the paths the host granted)."""
    lines = [
        "Run Python code in a sandbox. Returns the value of the last expression, together "
        "with anything the code printed.",
        "",
        "Rules:",
        "- The sandbox runs a safe subset of Python 3. Importable modules: "
        f"{MODULES}. There is no network"
        + ("" if files else " and no file system (open() and pathlib raise PermissionError)")
        + ": use the functions below for anything outside the sandbox.",
        "- The value of the last expression is the result: end with the expression you "
        "want back (no need to print it). A final assignment returns nothing. Output of "
        "print() is returned too: use it for notes, not for the result.",
        "- State persists between run_code calls (variables, functions, imports): reuse "
        "earlier results instead of fetching them again. Pass `restart: true` for a clean "
        "state. A snippet that raises leaves the variables as they were before it ran.",
    ]
    if catalog.functions:
        lines += [
            "- The functions below are already defined (do not import or redefine them). They "
            "are async: call them with `await` and keyword arguments, e.g. "
            "`x = await name(arg=value)`. To run several calls at once, use "
            "`results = await asyncio.gather(f(a=1), f(a=2))` (`asyncio` is imported).",
            "- Objects that functions return (the plain classes below) are read-only: read "
            "their fields as attributes (`item.name`). Where a function takes one, pass such "
            "an object or a dict with the same keys. Classes deriving from TypedDict are "
            "plain dicts: read their keys (`item['name']`).",
        ]
    if files:
        lines.append(
            "- Files: open(), pathlib.Path and os read (and, where allowed, write) these "
            f"paths: {', '.join(files)}."
        )
    if max_tool_calls is not None:
        lines.append(f"- At most {max_tool_calls} function calls per run_code call.")
    budget = _limits_text(limits)
    if budget:
        lines.append(f"- Each run_code call may use {budget}.")
    if native_tools:
        lines.append("- Other tools are not available inside the sandbox: call them directly.")
    if catalog.functions:
        lines += ["", "Available functions:", "", "```python", catalog.render(), "```"]
    return "\n".join(lines)


def _limits_text(limits: ResourceLimits) -> str:
    parts: list[str] = []
    if limits.max_duration_secs is not None:
        parts.append(f"{limits.max_duration_secs:g} seconds")
    if limits.max_memory is not None:
        parts.append(f"{limits.max_memory / 2**20:g} MiB of memory")
    return " and ".join(parts)
