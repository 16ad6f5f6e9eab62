"""Snapshots: a paused run as versioned, plain-data bytes that load in another process.

Execution is deterministic, so a snapshot is the program, its inputs and limits, and the
journal of what the host answered, in order. Loading runs the program again and answers
every call from the journal (checking that the program asks for exactly what the journal
recorded) without calling any host function, then hands back the progress where the dump
was taken. The bytes are JSON (never pickle) and are validated with pydantic on load.
"""

from __future__ import annotations

import base64
import builtins
import json
import math
from typing import Any, Literal, TypeVar

import pydantic

from ._convert import MontyObject, to_plain
from ._errors import MontyError
from ._limits import ResourceLimits

__all__ = [
    "SNAPSHOT_FORMAT",
    "SNAPSHOT_VERSION",
    "CallAnswer",
    "JournalEntry",
    "ProgressSnapshot",
    "RunSpec",
    "decode_value",
    "encode_value",
    "limits_spec",
    "read_snapshot",
    "snapshot_limits",
]

SNAPSHOT_FORMAT = "monty-agent-snapshot"
SNAPSHOT_VERSION = 1
#: Nesting depth of an encoded value (the sandbox's own results are at most 300 deep).
_MAX_DEPTH = 400


class RunSpec(pydantic.BaseModel):
    """What `MontyRun(...)` was built with."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    code: str
    inputs: tuple[str, ...] = ()
    external_functions: tuple[str, ...] = ()
    async_functions: tuple[str, ...] = ()
    script_name: str = "main.py"


class LimitsSpec(pydantic.BaseModel):
    """The run's `ResourceLimits` (None fields: no limit)."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    max_duration_secs: float | None = None
    max_memory: int | None = None
    max_recursion_depth: int | None = 1000
    max_output_bytes: int | None = 10 * 1024 * 1024


def limits_spec(limits: object) -> LimitsSpec | None:
    """`ResourceLimits` as stored in a snapshot (None for anything else: a custom tracker)."""
    if not isinstance(limits, ResourceLimits):
        return None
    return LimitsSpec(
        max_duration_secs=limits.max_duration_secs,
        max_memory=limits.max_memory,
        max_recursion_depth=limits.max_recursion_depth,
        max_output_bytes=limits.max_output_bytes,
    )


def snapshot_limits(spec: LimitsSpec | None) -> ResourceLimits | None:
    """The `ResourceLimits` a snapshot stored (None when it stored none)."""
    return None if spec is None else ResourceLimits(**spec.model_dump())


class JournalCall(pydantic.BaseModel):
    """One call the program made, as the host saw it, and the host's answer."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    call_id: int
    function_name: str
    args: Any
    kwargs: Any
    ok: bool | None = None
    value: Any = None


class Turn(pydantic.BaseModel):
    """One progress the host resumed: the calls it showed and the answers given."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    kind: Literal["call", "batch"]
    calls: tuple[JournalCall, ...]


class CallAnswer(pydantic.BaseModel):
    """One external call the snippet made and what it received."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    call_id: int
    function_name: str
    args: Any
    kwargs: Any
    ok: bool
    value: Any


class JournalEntry(pydantic.BaseModel):
    """A synchronous call's answer, the calls one wait returned, or a clock reading."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    kind: Literal["call", "wait", "clock", "wall_clock", "entropy"]
    calls: tuple[CallAnswer, ...] = ()
    clock: float | None = None
    """The reading of a `clock` (monotonic) or `wall_clock` entry."""
    data: str | None = None
    """An `entropy` entry's bytes, base64-encoded."""
    repeat: int = pydantic.Field(default=1, ge=1)
    """How many times in a row this entry happened (waits that returned nothing)."""


class ProgressSnapshot(pydantic.BaseModel):
    """The whole snapshot of a run paused at a `FunctionCall` or `FutureBatch`."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    format: Literal["monty-agent-snapshot"] = SNAPSHOT_FORMAT
    version: Literal[1] = SNAPSHOT_VERSION
    kind: Literal["progress", "run"]
    run: RunSpec
    inputs: Any = None
    limits: LimitsSpec | None = None
    journal: tuple[Turn, ...] = ()
    readings: tuple[JournalEntry, ...] = ()
    """The clock readings and random bytes the run took before the dump, in order."""

    def dump(self) -> bytes:
        """The snapshot as bytes."""
        return self.model_dump_json().encode("utf-8")

    @classmethod
    def load(cls, data: bytes | str) -> ProgressSnapshot:
        """Validate bytes from `dump`; a damaged or foreign blob raises `MontyError`."""
        return read_snapshot(cls, data)


M = TypeVar("M", bound=pydantic.BaseModel)


def read_snapshot(model: type[M], data: bytes | str) -> M:
    """Validate snapshot bytes as `model`; a damaged or foreign blob raises `MontyError`."""
    if not isinstance(data, bytes | str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise MontyError(f"a snapshot is bytes, not {type(data).__name__}")
    try:
        raw = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise MontyError(f"not a monty-agent snapshot (damaged or truncated): {exc}") from None
    if not isinstance(raw, dict) or raw.get("format") != SNAPSHOT_FORMAT:  # pyright: ignore[reportUnknownMemberType]
        raise MontyError("not a monty-agent snapshot")
    if raw.get("version") != SNAPSHOT_VERSION:  # pyright: ignore[reportUnknownMemberType]
        raise MontyError(
            f"unsupported snapshot version {raw.get('version')!r} (this monty-agent reads version {SNAPSHOT_VERSION})"  # pyright: ignore[reportUnknownMemberType]
        )
    try:
        return model.model_validate(raw)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise MontyError(f"invalid snapshot at {where}: {first['msg']}") from None


# -- values ---------------------------------------------------------------------------------


def encode_value(value: Any, depth: int = 0) -> Any:
    """Plain data as JSON-compatible data, with tags for what JSON lacks."""
    if depth > _MAX_DEPTH:
        raise MontyError("value nested too deeply for a snapshot")
    if depth == 0 and not isinstance(value, BaseException):
        value = to_plain(value)
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, list):
        return [encode_value(v, depth + 1) for v in value]  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, tuple):
        return {"$tuple": [encode_value(v, depth + 1) for v in value]}  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, dict):
        return {
            "$dict": [
                [encode_value(k, depth + 1), encode_value(v, depth + 1)]
                for k, v in value.items()  # pyright: ignore[reportUnknownVariableType]
            ]
        }
    if isinstance(value, frozenset | set):
        tag = "$frozenset" if isinstance(value, frozenset) else "$set"
        return {tag: [encode_value(v, depth + 1) for v in value]}  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, complex):
        return {"$complex": [value.real, value.imag]}
    if isinstance(value, MontyObject):
        return {
            "$record": value.type_name,
            "attrs": {k: encode_value(v, depth + 1) for k, v in value.attributes.items()},
        }
    if isinstance(value, BaseException):
        return {
            "$exception": type(value).__name__,
            "args": [encode_value(a, depth + 1) for a in value.args],
        }
    raise MontyError(f"a {type(value).__name__} cannot be stored in a snapshot")


_EXCEPTIONS: dict[str, type[BaseException]] = {
    name: obj
    for name, obj in vars(builtins).items()
    if isinstance(obj, type) and issubclass(obj, Exception)
}


def decode_value(data: Any, depth: int = 0) -> Any:
    """The inverse of `encode_value`; anything unexpected raises `MontyError`."""
    if depth > _MAX_DEPTH:
        raise MontyError("invalid snapshot: value nested too deeply")
    if data is None or isinstance(data, bool | int | float | str):
        return data
    if isinstance(data, list):
        return [decode_value(v, depth + 1) for v in data]  # pyright: ignore[reportUnknownVariableType]
    if not isinstance(data, dict) or len(data) not in (1, 2):  # pyright: ignore[reportUnknownArgumentType]
        raise MontyError("invalid snapshot: unknown value encoding")
    items: dict[str, Any] = data  # pyright: ignore[reportUnknownVariableType]
    try:
        if "$float" in items:
            return float(items["$float"])
        if "$tuple" in items:
            return tuple(decode_value(v, depth + 1) for v in items["$tuple"])
        if "$dict" in items:
            return {
                decode_value(k, depth + 1): decode_value(v, depth + 1) for k, v in items["$dict"]
            }
        if "$set" in items:
            return {decode_value(v, depth + 1) for v in items["$set"]}
        if "$frozenset" in items:
            return frozenset(decode_value(v, depth + 1) for v in items["$frozenset"])
        if "$bytes" in items:
            return base64.b64decode(items["$bytes"], validate=True)
        if "$complex" in items:
            real, imag = items["$complex"]
            return complex(float(real), float(imag))
        if "$record" in items:
            attrs = {str(k): decode_value(v, depth + 1) for k, v in items["attrs"].items()}
            return MontyObject(str(items["$record"]), attrs)
        if "$exception" in items:
            exc_type = _EXCEPTIONS.get(str(items["$exception"]), RuntimeError)
            return exc_type(*[decode_value(a, depth + 1) for a in items["args"]])
    except MontyError:
        raise
    except Exception as exc:
        raise MontyError(f"invalid snapshot value: {exc}") from None
    raise MontyError("invalid snapshot: unknown value encoding")
