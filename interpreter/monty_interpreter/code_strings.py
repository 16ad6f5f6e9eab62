"""The sandbox's `eval` and `exec`: code strings go through the same pipeline as programs.

Where the code runs:

* no globals given: the calling sandbox frame's globals and (in a function) a snapshot of
  its locals, as in CPython;
* a globals dict given: that dict is the real globals, so functions defined there see later
  changes. Its builtins never enter the dict: the code is started through a trampoline
  whose own builtins are the run's (a function's builtins are taken from the frame that
  creates it when its globals have none), so the guards are never reachable from sandbox
  data. Afterwards the dict gets a read-only view of the public builtins under
  `__builtins__`, as CPython inserts its builtins module there. A `__builtins__` mapping the
  sandbox put in the dict restricts the names the code sees, as in CPython.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any, cast

from .compile import compile_source
from .errors import CheckError
from .execute.runtime import Runtime

__all__ = ["sandbox_eval", "sandbox_exec"]

_MISSING: Any = object()
#: Builtins the lowered code itself needs, kept even when the sandbox restricts builtins.
_STRUCTURAL = ("__build_class__", "__import__", "__name__")


def _compile(source: Any, mode: str, fn: str) -> types.CodeType:
    if isinstance(source, bytes | bytearray):
        source = bytes(source).decode("utf-8")
    if not isinstance(source, str):
        raise TypeError(f"{fn}() arg 1 must be a string, bytes or code object")
    try:
        return compile_source(
            source.lstrip(" \t") if mode == "eval" else source,
            filename="<string>",
            mode=mode,
            top_level_await=False,
            capture_result=False,
        )
    except CheckError as err:
        position = ("<string>", err.lineno, (err.col_offset or 0) + 1, err.source_line)
        raise SyntaxError(err.message, position) from None


def public_builtins(rt: Runtime) -> Mapping[str, Any]:
    """The read-only view of the run's builtins that `exec` leaves in a globals dict."""
    if rt.public_builtins is None:
        public = {k: v for k, v in rt.builtins.items() if not k.startswith("__m_")}
        rt.public_builtins = types.MappingProxyType(public)
    return cast("Mapping[str, Any]", rt.public_builtins)


def _builtins_for(rt: Runtime, own: Any) -> dict[str, Any]:
    if own is _MISSING or own is rt.public_builtins:
        return rt.builtins
    merged = {k: v for k, v in rt.builtins.items() if k.startswith("__m_") or k in _STRUCTURAL}
    if isinstance(own, Mapping):
        for key, value in cast("Mapping[Any, Any]", own).items():
            if isinstance(key, str) and not key.startswith("__m_"):
                merged[key] = value
    return merged


def _run(
    rt: Runtime, code: types.CodeType, globals_: Any, locals_: Any, frame: types.FrameType, fn: str
) -> Any:
    if globals_ is None:
        sandbox_frame = frame.f_builtins is rt.builtins
        run_globals = frame.f_globals if sandbox_frame else rt.globals
        if locals_ is None and sandbox_frame and frame.f_code.co_name != "<module>":
            locals_ = frame.f_locals
        return eval(code, run_globals, locals_)
    if type(globals_) is not dict:
        raise TypeError(f"{fn}() globals must be a dict, not {type(globals_).__name__}")
    user = cast("dict[str, Any]", globals_)
    own = user.pop("__builtins__", _MISSING)
    builtins = _builtins_for(rt, own)
    try:
        if locals_ is not None:
            # Separate locals need CPython's eval(); the run's builtins are lent read-only.
            user["__builtins__"] = types.MappingProxyType(builtins)
            return eval(code, user, locals_)
        return _trampoline(builtins)(types.FunctionType, code, user)
    finally:
        user["__builtins__"] = public_builtins(rt) if own is _MISSING else own


def _trampoline(builtins: dict[str, Any]) -> Any:
    """`lambda FT, code, g: FT(code, g)()` running with `builtins` as its frame's builtins."""
    namespace = {"__builtins__": builtins}
    return eval("lambda FT, code, g: FT(code, g)()", namespace)


def sandbox_eval(
    rt: Runtime, source: Any, globals_: Any, locals_: Any, frame: types.FrameType
) -> Any:
    """The sandbox's `eval`."""
    return _run(rt, _compile(source, "eval", "eval"), globals_, locals_, frame, "eval")


def sandbox_exec(
    rt: Runtime, source: Any, globals_: Any, locals_: Any, frame: types.FrameType
) -> None:
    """The sandbox's `exec`."""
    _run(rt, _compile(source, "exec", "exec"), globals_, locals_, frame, "exec")
