"""Tools: typed host functions the sandbox calls, with pydantic at the boundary.

A tool is a plain host function (sync or async) with type hints. When the sandbox calls it:

1. the arguments, already converted to plain data (`to_plain`: sandbox objects arrive as
   `MontyObject` records), are bound to the function's signature and validated with pydantic
   against its annotations, on the sandbox thread, at the call. A record validates like the
   dict of its fields, so a record of a model can be passed back where that model is
   expected. A failure raises `TypeError` in the sandbox, naming the tool, the argument and
   what was wrong;
2. the function runs (inline when sync, as an anyio task when async) with the validated
   values, and its result is validated against the return annotation (a mismatch is the
   tool's bug: the sandbox gets a `RuntimeError`);
3. the result reaches the sandbox through `to_plain`: pydantic models and dataclasses
   become read-only records of their fields, never live host objects.

Each call is recorded as a `ToolCall` in the run's `ToolLog`.

Validation never builds more than a handful of errors: every container schema is made
fail-fast, so a huge invalid input costs one error, not one per item.
"""

from __future__ import annotations

import functools
import inspect
import keyword
import reprlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

import pydantic
import pydantic_core
from monty_interpreter.records import Record

from ._bridge import HostFunction
from ._convert import TICK_EVERY, is_atom_chunk

__all__ = ["Tool", "ToolCall", "ToolLog", "ToolSpec", "host_function", "tool_spec"]

#: How many validation errors a message lists (the rest are counted).
MAX_ERRORS = 3
#: How long the description of one error may be, and the shown input.
MAX_MESSAGE = 200
MAX_INPUT_REPR = 60
#: How many more nodes an argument may have as a tree than as the objects it is made of
#: (pydantic walks every path of a DAG: a shared list nested 60 deep is 2**60 paths).
MAX_SHARED_EXPANSION = 1_000_000

_WALKED = frozenset({Record, list, dict, tuple})
_CONTAINER_SCHEMAS = frozenset(
    {"list", "tuple", "set", "frozenset", "dict", "deque", "frozendict", "ordered-dict", "counter"}
)


@dataclass(frozen=True)
class Tool:
    """A host function offered to the sandbox, with an optional name and description.

    `name` defaults to the function's `__name__`, `description` to its docstring. Plain
    functions given as `tools=[fn]` are wrapped as `Tool(fn)`.

    >>> from monty_agent import Tool
    >>> def add(a: int, b: int) -> int:
    ...     '''Add two numbers.'''
    ...     return a + b
    >>> tool = Tool(add, name='plus')
    >>> tool.name, tool.description
    ('plus', 'Add two numbers.')
    """

    fn: Callable[..., Any]
    name: str | None = None
    description: str | None = None

    def __post_init__(self) -> None:
        name = self.name if self.name is not None else getattr(self.fn, "__name__", None)
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f"tool name must be a Python identifier, got {name!r}")
        object.__setattr__(self, "name", name)
        if self.description is None:
            object.__setattr__(self, "description", inspect.getdoc(self.fn))
        tool_spec(self.fn)  # a function whose annotations pydantic can't use fails here

    @property
    def tool_name(self) -> str:
        """The name the sandbox calls the tool by."""
        return cast("str", self.name)

    @classmethod
    def of(cls, tool: Tool | Callable[..., Any]) -> Tool:
        """`tool` itself, or a plain function wrapped as a `Tool`."""
        return tool if isinstance(tool, Tool) else cls(tool)


@dataclass(frozen=True, kw_only=True)
class ToolCall:
    """One call the sandbox made to a tool.

    `args`/`kwargs` are the validated values the function received (the raw plain data when
    validation failed); `result` is the validated return value, `error` the exception the call
    ended with (None on success). `start` and `end` are seconds since the run started.
    """

    name: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    result: Any = None
    error: BaseException | None = None
    start: float
    end: float

    @property
    def ok(self) -> bool:
        """Whether the call returned a value."""
        return self.error is None

    @property
    def duration(self) -> float:
        """How long the call took, in seconds."""
        return self.end - self.start


class ToolLog:
    """The tool calls of one run (appended from the sandbox thread and the event loop)."""

    def __init__(self) -> None:
        self.origin = time.perf_counter()
        self.calls: list[ToolCall] = []

    def now(self) -> float:
        """Seconds since the run started."""
        return time.perf_counter() - self.origin

    def add(
        self,
        name: str,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        start: float,
        *,
        result: Any = None,
        error: BaseException | None = None,
    ) -> None:
        """Record a finished call."""
        self.calls.append(
            ToolCall(
                name=name,
                args=args,
                kwargs=kwargs,
                result=result,
                error=error,
                start=start,
                end=self.now(),
            )
        )

    def in_order(self) -> list[ToolCall]:
        """The calls in the order they started."""
        return sorted(self.calls, key=lambda call: call.start)


@dataclass(frozen=True)
class ToolSpec:
    """What validation needs to know about a function (built once per function)."""

    signature: inspect.Signature
    validators: dict[str, pydantic_core.SchemaValidator] = field(repr=False)
    var_positional: str | None
    var_keyword: str | None
    returns: pydantic_core.SchemaValidator | None = field(repr=False)
    is_async: bool

    def validate_arguments(
        self,
        tool: str,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        tick: Callable[[], None] = lambda: None,
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """Bind and validate a call's plain-data arguments; raise `TypeError` (with no
        context or cause pointing at host objects) when they don't fit."""
        try:
            bound = self.signature.bind(*args, **kwargs)
            problem = None
        except TypeError as exc:
            bound = None
            problem = f"{tool}(): {exc}"
        if bound is None:
            raise TypeError(problem)
        errors: list[str] = []
        total = 0
        for name, value in bound.arguments.items():
            validator = self.validators.get(name)
            if validator is None:
                continue
            if name == self.var_positional:
                items = list(cast("tuple[Any, ...]", value))
                for i, item in enumerate(items):
                    items[i], found = _validate(validator, item, f"{name}[{i}]", errors, tick)
                    total += found
                bound.arguments[name] = tuple(items)
            elif name == self.var_keyword:
                named = cast("dict[str, Any]", value)
                for key, item in named.items():
                    named[key], found = _validate(validator, item, key, errors, tick)
                    total += found
            else:
                bound.arguments[name], found = _validate(validator, value, name, errors, tick)
                total += found
        if total:
            shown = "; ".join(errors[:MAX_ERRORS])
            more = total - min(total, MAX_ERRORS)
            raise TypeError(f"{tool}(): {shown}" + (f" (and {more} more errors)" if more else ""))
        return bound.args, bound.kwargs

    def validate_result(self, tool: str, result: Any) -> Any:
        """The result validated against the return annotation (`RuntimeError` if it doesn't
        fit: the tool broke its own contract)."""
        if self.returns is None:
            return result
        try:
            return self.returns.validate_python(result)
        except pydantic_core.ValidationError as exc:
            errors = exc.errors(include_url=False)
        lines = [_describe_error(None, error) for error in errors[:MAX_ERRORS]]
        raise RuntimeError(f"{tool}() returned an invalid result: {'; '.join(lines)}")


def tool_spec(fn: Callable[..., Any]) -> ToolSpec:
    """The `ToolSpec` of `fn`, cached per function."""
    try:
        return _cached_spec(fn)
    except TypeError as exc:
        if "unhashable" not in str(exc):
            raise
        return _build_spec(fn)


@functools.lru_cache(maxsize=1024)
def _cached_spec(fn: Callable[..., Any]) -> ToolSpec:
    return _build_spec(fn)


def _build_spec(fn: Callable[..., Any]) -> ToolSpec:
    label = getattr(fn, "__qualname__", None) or repr(fn)
    try:
        signature = inspect.signature(fn, eval_str=True)
    except NameError as exc:
        raise TypeError(
            f"tool {label}: cannot resolve its annotations ({exc}); define the types they "
            "name at module level"
        ) from None
    validators: dict[str, pydantic_core.SchemaValidator] = {}
    var_positional = var_keyword = None
    for param in signature.parameters.values():
        if param.kind is inspect.Parameter.VAR_POSITIONAL:
            var_positional = param.name
        elif param.kind is inspect.Parameter.VAR_KEYWORD:
            var_keyword = param.name
        validator = _validator(param.annotation, f"tool {label}: argument {param.name!r}")
        if validator is not None:
            validators[param.name] = validator
    returns = _validator(signature.return_annotation, f"tool {label}: return annotation")
    return ToolSpec(
        signature=signature,
        validators=validators,
        var_positional=var_positional,
        var_keyword=var_keyword,
        returns=returns,
        is_async=_is_async(fn),
    )


def _is_async(fn: Callable[..., Any]) -> bool:
    if inspect.iscoroutinefunction(fn):
        return True
    call = getattr(type(fn), "__call__", None)  # noqa: B004 - an object with async __call__
    return call is not None and inspect.iscoroutinefunction(call)


def _validator(annotation: Any, what: str) -> pydantic_core.SchemaValidator | None:
    """A fail-fast validator for `annotation`, or None when it checks nothing."""
    if annotation is inspect.Parameter.empty or annotation is Any or annotation is object:
        return None
    try:
        schema = pydantic.TypeAdapter(annotation).core_schema
    except (pydantic.PydanticSchemaGenerationError, pydantic.PydanticUserError) as exc:
        message = str(exc).splitlines()[0]
        raise TypeError(f"{what}: pydantic cannot validate {annotation!r}: {message}") from None
    return pydantic_core.SchemaValidator(_fail_fast(schema))


def _fail_fast(schema: Any) -> Any:
    """A copy of a core schema whose container schemas stop at their first error."""
    if isinstance(schema, dict):
        out: dict[str, Any] = {
            key: _fail_fast(value) for key, value in cast("dict[str, Any]", schema).items()
        }
        kind = out.get("type")  # a dict, not a str, in a model's fields: a field named `type`
        if isinstance(kind, str) and kind in _CONTAINER_SCHEMAS:
            out["fail_fast"] = True
        return out
    if isinstance(schema, list):
        return [_fail_fast(item) for item in cast("list[Any]", schema)]
    return schema


def _validate(
    validator: pydantic_core.SchemaValidator,
    value: Any,
    where: str,
    errors: list[str],
    tick: Callable[[], None],
) -> tuple[Any, int]:
    """`(validated value, 0)`, or `(value, number of errors)` with their descriptions added."""
    walker = _Unrecord(tick)
    value = walker.run(value)
    if walker.expansion > MAX_SHARED_EXPANSION:
        errors.append(
            f"argument '{where}': too large to validate (it shares the same containers "
            f"{walker.expansion} times over)"
        )
        return value, 1
    found: list[pydantic_core.ErrorDetails] = []
    box = [value]
    for _ in range(MAX_ENUM_RETRIES + 1):
        try:
            return validator.validate_python(box[0]), 0
        except pydantic_core.ValidationError as exc:
            found = exc.errors(include_url=False)
        if not _enum_records_to_values(box, found):
            break
    value = box[0]
    for error in found[:MAX_ERRORS]:
        errors.append(_describe_error(where, error))
    return value, len(found)


#: How many times a tool argument is validated again after enum records were replaced.
MAX_ENUM_RETRIES = 3


def _enum_records_to_values(box: list[Any], errors: list[pydantic_core.ErrorDetails]) -> bool:
    """An enum member reaches the sandbox as a record of its `name` and `value` (see
    `to_plain`); handed back to a tool, that record (a dict by then) stands for the member:
    where pydantic refused such a dict as an enum, put its `value` in its place, in the
    argument `box[0]` (the steps of an error's location that are not keys or indexes name
    union members). Whether anything was replaced (then the argument is validated again)."""
    replaced = False
    for error in errors:
        found: Any = error["input"]
        if error["type"] != "enum" or not _is_member_record(found):
            continue
        holder: Any = box
        key: Any = 0
        current: Any = box[0]
        for step in error["loc"]:
            child = _child(current, step)
            if child is not None:
                holder, key, current = current, step, child
        if current is found:
            holder[key] = cast("dict[str, Any]", found)["value"]
            replaced = True
    return replaced


def _is_member_record(value: Any) -> bool:
    if type(value) is not dict:
        return False
    keys = cast("dict[Any, Any]", value).keys()
    return len(keys) == 2 and "name" in keys and "value" in keys


def _child(container: Any, step: Any) -> Any:
    """`container[step]` for the dicts and lists of a prepared argument (else None)."""
    if type(container) is dict:
        return cast("dict[Any, Any]", container).get(step)
    if type(container) is list and type(step) is int:
        items = cast("list[Any]", container)
        if -len(items) <= step < len(items):
            return items[step]
    return None


def _describe_error(argument: str | None, error: Any) -> str:
    """`argument 'user.address.zip': Input should be a valid integer (got 'x')`."""
    path = "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.get("loc", ())
    )
    message = str(error.get("msg", "invalid"))
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 3] + "..."
    if argument is None:
        head = f"at {path.lstrip('.')}: " if path else ""
    else:
        head = f"argument '{argument}{path}': "
    got = "" if error.get("type") == "missing" else f" (got {_short_repr(error.get('input'))})"
    return f"{head}{message}{got}"


class _ShortRepr(reprlib.Repr):
    """A bounded repr of sandbox data (records included)."""

    def __init__(self) -> None:
        super().__init__()
        self.maxstring = self.maxother = 40
        self.maxlist = self.maxtuple = self.maxdict = self.maxset = self.maxfrozenset = 4
        self.maxlevel = 2

    def repr_Record(self, obj: Record, level: int) -> str:  # reprlib's naming
        fields = obj.attributes
        if level <= 0:
            return f"{obj.type_name}(...)"
        shown = [f"{k}={self.repr1(v, level - 1)}" for k, v in list(fields.items())[:4]]
        return f"{obj.type_name}({', '.join(shown)}{', ...' if len(fields) > 4 else ''})"


_SHORT = _ShortRepr()


def _short_repr(value: Any) -> str:
    text = _SHORT.repr(value)
    return text if len(text) <= MAX_INPUT_REPR else text[: MAX_INPUT_REPR - 3] + "..."


class _Unrecord:
    """Prepares freshly converted plain data for pydantic: records become dicts of their
    fields (in place: the containers come from `to_plain` and belong to this call), and the
    data's size is measured twice: as a tree (what pydantic walks: every path) and as the
    objects it is made of. A DAG that expands to a far bigger tree (one list shared at every
    level, `[row] * 1000` of `[cell] * 1000`...) is refused before pydantic walks it."""

    def __init__(self, tick: Callable[[], None]) -> None:
        self.memo: dict[int, tuple[Any, int]] = {}
        self.stored = 0  # the slots of the distinct containers
        self.tick = tick
        self.budget = TICK_EVERY

    @property
    def expansion(self) -> int:
        """How many more nodes the value has as a tree than as objects."""
        return self.tree - self.stored

    def run(self, value: Any) -> Any:
        """The prepared value (sets `tree`)."""
        value, self.tree = self.walk(value)
        self.stored += 1  # the root (every other node is counted in its container's slots)
        return value

    def walk(self, value: Any) -> tuple[Any, int]:
        """`(value with records as dicts, its size as a tree)`."""
        tp = cast("type[Any]", type(value))
        if tp not in _WALKED:
            return value, 1
        key = id(value)
        known = self.memo.get(key)
        if known is not None:
            return known
        if tp is Record:
            out: Any = cast("Record", value).attributes
            self.memo[key] = (out, 1)
            size = self._fill(out, out.items())
        elif tp is list:
            out = value
            self.memo[key] = (out, 1)
            size = self._fill_list(out)
        elif tp is dict:
            out = value
            self.memo[key] = (out, 1)
            size = self._fill(out, cast("dict[Any, Any]", value).items())
        else:
            items = list(cast("tuple[Any, ...]", value))
            size = self._fill_list(items)
            out = tuple(items)
        self.memo[key] = (out, size)
        return out, size

    def _fill_list(self, items: list[Any]) -> int:
        """`_fill` for a list, skipping chunks of atoms in C."""
        size = 1
        for start in range(0, len(items), TICK_EVERY):
            chunk = items[start : start + TICK_EVERY]
            if is_atom_chunk(chunk):
                size += len(chunk)
                self._spend(len(chunk))
            else:
                size += self._fill(items, enumerate(chunk, start)) - 1
        return size

    def _fill(self, target: Any, items: Iterable[tuple[Any, Any]]) -> int:
        """Walk a container's items, replacing them in `target`; its size as a tree."""
        size = 1
        count = 0
        for slot, item in items:
            count += 1
            if type(item) in _WALKED:
                target[slot], n = self.walk(item)
                size += n
            else:
                size += 1
        self._spend(count)
        return size

    def _spend(self, count: int) -> None:
        self.stored += count
        self.budget -= count
        if self.budget <= 0:
            self.budget = TICK_EVERY
            self.tick()


def host_function(tool: Tool, log: ToolLog) -> HostFunction:
    """The per-run `HostFunction` of a tool: validated arguments, validated and recorded
    results."""
    spec = tool_spec(tool.fn)
    name = tool.tool_name
    fn = tool.fn

    def prepare(
        args: tuple[Any, ...], kwargs: dict[str, Any], tick: Callable[[], None]
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        start = log.now()
        try:
            return spec.validate_arguments(name, args, kwargs, tick)
        except TypeError as exc:
            # The record gets its own copy: the sandbox's exception holds sandbox frames.
            log.add(name, args, kwargs, start, error=TypeError(*exc.args))
            raise

    if spec.is_async:

        async def call_async(*args: Any, **kwargs: Any) -> Any:
            start = log.now()
            try:
                result = spec.validate_result(name, await fn(*args, **kwargs))
            except BaseException as exc:
                log.add(name, args, kwargs, start, error=exc)
                raise
            log.add(name, args, kwargs, start, result=result)
            return result

        wrapper: Callable[..., Any] = call_async
    else:

        def call_sync(*args: Any, **kwargs: Any) -> Any:
            start = log.now()
            try:
                result = spec.validate_result(name, fn(*args, **kwargs))
            except BaseException as exc:
                log.add(name, args, kwargs, start, error=exc)
                raise
            log.add(name, args, kwargs, start, result=result)
            return result

        wrapper = call_sync
    return HostFunction(name=name, fn=wrapper, is_async=spec.is_async, prepare=prepare)


def tools_by_name(tools: Iterable[Tool | Callable[..., Any]]) -> dict[str, Tool]:
    """Tools keyed by name; two tools with one name are an error."""
    out: dict[str, Tool] = {}
    for item in tools:
        tool = Tool.of(item)
        if tool.tool_name in out:
            raise ValueError(f"two tools are named {tool.tool_name!r}")
        out[tool.tool_name] = tool
    return out
