"""What `run_code` tells the model: its result (bounded), or what went wrong and which tool
calls had already happened."""

from __future__ import annotations

import reprlib
from collections.abc import Sequence
from typing import Any, cast

import pydantic_core
from monty_interpreter.records import Record

from .._convert import to_plain
from .._errors import MontyRuntimeError, MontySyntaxError, MontyTypingError
from .._limits import ResourceLimits
from .._tools import ToolCall

__all__ = [
    "failure_message",
    "plain_json",
    "run_code_result",
    "syntax_message",
    "truncate",
    "typing_message",
]

#: How many tool calls an error message lists (the rest are counted).
MAX_LISTED_CALLS = 20

_LIMITS = {
    "TimeoutError": ("max_duration_secs", "time"),
    "MemoryError": ("max_memory", "memory"),
    "RecursionError": ("max_recursion_depth", "recursion depth"),
    "OutputLimitError": ("max_output_bytes", "output size"),
}


def plain_json(value: Any) -> Any:
    """A sandbox value as JSON-compatible data: records become dicts of their fields,
    anything JSON has no form for its `repr`."""
    return pydantic_core.to_jsonable_python(_unrecord(value), fallback=repr)


def _unrecord(value: Any) -> Any:
    """`value` with records replaced by dicts of their fields (containers copied)."""
    tp = cast("type[Any]", type(value))
    if tp is Record:
        return {k: _unrecord(v) for k, v in cast("Record", value).attributes.items()}
    if tp is list:
        return [_unrecord(v) for v in cast("list[Any]", value)]
    if tp is tuple:
        return tuple(_unrecord(v) for v in cast("tuple[Any, ...]", value))
    if tp is dict:
        return {k: _unrecord(v) for k, v in cast("dict[Any, Any]", value).items()}
    return value


def truncate(text: str, limit: int, what: str) -> str:
    """`text` cut to about `limit` characters, keeping its start and end, with a marker
    saying how much was left out."""
    if len(text) <= limit:
        return text
    head = max(limit * 2 // 3, 0)
    tail = max(limit - head, 0)
    dropped = len(text) - head - tail
    marker = f"\n[... {dropped} characters of {what} truncated ...]\n"
    return text[:head] + marker + (text[-tail:] if tail else "")


def run_code_result(output: Any, stdout: str, max_chars: int) -> Any:
    """The model-facing result of a successful snippet: the value alone, `{'output':
    printed}` or `{'output': printed, 'result': value}` (`{}` when there is neither), with
    the printed text and the value together bounded by `max_chars`."""
    printed = truncate(stdout, max_chars, "printed output")
    value = plain_json(output)
    if value is not None:
        room = max(max_chars - len(printed), max_chars // 4)
        text = pydantic_core.to_json(value).decode()
        if len(text) > room:
            value = (
                truncate(text, room, "the result")
                + "\n[the result was too large to return whole: return a smaller value, "
                "or print a summary]"
            )
    if not printed:
        return value if value is not None else {}
    if value is None:
        return {"output": printed}
    return {"output": printed, "result": value}


def syntax_message(error: MontySyntaxError) -> str:
    """The retry prompt for code that did not run."""
    return f"The code was not run: it is not valid in the sandbox.\n{error.display()}"


def typing_message(error: MontyTypingError) -> str:
    """The retry prompt for code the type checker refused (it did not run)."""
    return (
        "The code was not run: type checking found problems.\n"
        f"{error.display('full')}\n\nFix them and call run_code again."
    )


def failure_message(error: MontyRuntimeError, limits: ResourceLimits, max_chars: int) -> str:
    """The retry prompt for a snippet that raised or hit a limit: the sandbox traceback,
    what it printed, and the tool calls it had made."""
    parts: list[str] = []
    if error.limit and error.type_name in _LIMITS:
        name, what = _LIMITS[error.type_name]
        value = getattr(limits, name, None)
        shown = f" ({name}={value})" if value is not None else f" ({name})"
        parts.append(f"The code was stopped: it exceeded the sandbox's {what} limit{shown}.")
    else:
        parts.append("The code raised an exception:")
    parts.append(error.display())
    if error.stdout:
        parts.append("It printed:\n" + truncate(error.stdout, max_chars // 2, "printed output"))
    if error.tool_calls:
        parts.append(describe_calls(error.tool_calls))
    parts.append(
        "Variables are as they were before this code ran. Fix the code and call run_code again."
    )
    return "\n\n".join(parts)


def describe_calls(calls: Sequence[ToolCall]) -> str:
    """The tool calls a failed snippet made, bounded: their side effects happened."""
    lines = [
        f"Before it failed, the code made {len(calls)} tool call(s); their effects have "
        "happened, so don't repeat them needlessly:"
    ]
    for call in calls[:MAX_LISTED_CALLS]:
        args = ", ".join(f"{k}={_short(v)}" for k, v in call.kwargs.items())
        if call.ok:  # shown as the sandbox saw it, not by the host object's own repr
            outcome = f"returned {_short(plain_json(to_plain(call.result)))}"
        else:
            error = call.error
            outcome = f"raised {type(error).__name__}: {_short_text(str(error))}"
        lines.append(f"- {call.name}({args}) {outcome}")
    if len(calls) > MAX_LISTED_CALLS:
        lines.append(f"- ... and {len(calls) - MAX_LISTED_CALLS} more")
    return "\n".join(lines)


_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 4
_SHORT.maxlevel = 2


def _short(value: Any) -> str:
    return _short_text(_SHORT.repr(value))


def _short_text(text: str) -> str:
    return text if len(text) <= 120 else text[:117] + "..."
