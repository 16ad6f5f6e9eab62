"""The `run_code` tool's description: the rules of the sandbox and the sandboxed tools as
Python stubs (`async def` signatures with docstrings, object types as classes)."""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from monty_interpreter.modules import available
from pydantic_ai.function_signature import FunctionSignature
from pydantic_ai.tools import ToolDefinition

from .._limits import ResourceLimits

__all__ = ["Catalog", "describe_run_code", "sandbox_name"]

_NOT_IDENTIFIER = re.compile(r"[^0-9A-Za-z_]")
_TYPED_DICT_HEAD = re.compile(r"^class (\w+)\(TypedDict\):$", re.MULTILINE)
_OPTIONAL_FIELD = re.compile(r"^(    \w+): NotRequired\[(.*)\]$", re.MULTILINE)

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
    """The stubs of the sandboxed tools: class definitions then `async def` signatures."""

    classes: tuple[str, ...]
    functions: tuple[str, ...]

    @classmethod
    def of(cls, tools: Mapping[str, ToolDefinition]) -> Catalog:
        """The catalog of `tools` (keyed by their sandbox names)."""
        signatures = [
            FunctionSignature.from_schema(
                name=name,
                parameters_schema=tool.parameters_json_schema,
                return_schema=tool.return_schema,
            )
            for name, tool in tools.items()
        ]
        conflicting = FunctionSignature.get_conflicting_type_names(signatures)
        classes = FunctionSignature.render_type_definitions(signatures, conflicting)
        functions = [
            signature.render(
                "...",
                description=tool.description or "",
                is_async=True,
                conflicting_type_names=conflicting,
            )
            for signature, tool in zip(signatures, tools.values(), strict=True)
        ]
        return cls(tuple(_as_record_class(c) for c in classes), tuple(functions))

    def render(self) -> str:
        """The stubs as one Python block."""
        return "\n\n".join([*self.classes, *self.functions])


def _as_record_class(definition: str) -> str:
    """A `TypedDict` definition rendered as the plain class whose read-only instances the
    sandbox receives (optional fields get a default)."""
    definition = _TYPED_DICT_HEAD.sub(r"class \1:", definition)
    return _OPTIONAL_FIELD.sub(r"\1: \2 = ...", definition)


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
            "- Objects that functions return (the classes below) are read-only: read their "
            "fields as attributes (`item.name`). Where a function takes one, pass such an "
            "object or a dict with the same keys.",
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
