"""The sandbox's `re`: CPython's parser for validation and messages, `regex` for matching.

Every pattern is first compiled by CPython's `re` (so syntax errors are `re.error` with
CPython's exact message, and `repr`, `.pattern`, `.flags`, `.groups` are CPython's), then by
the `regex` package, whose matcher honours a timeout: a catastrophic pattern cannot hang the
run. Each call gets the run's remaining time (at most `MAX_REGEX_SECONDS`); running out trips
the run's TimeoutError limit. `Pattern` and `Match` are thin wrappers with CPython's API.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

import regex

from ..errors import LimitExceeded
from ..policy import register_host_type
from . import register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["Match", "Pattern"]

#: Longest a single regular-expression call may run when the run has no time limit.
MAX_REGEX_SECONDS = 10.0
_MAX_PATTERN = 100_000
_FLAG_MAP = {
    re.I: regex.I,
    re.M: regex.M,
    re.S: regex.S,
    re.X: regex.X,
    re.A: regex.A,
    re.U: regex.U,
}


@functools.lru_cache(maxsize=256)
def _compile(pattern: str | bytes, flags: int) -> tuple[re.Pattern[Any], Any]:
    if len(pattern) > _MAX_PATTERN:
        raise re.error("pattern is too long for the sandbox")
    cp: re.Pattern[Any] = re.compile(pattern, flags)  # pyright: ignore[reportArgumentType, reportCallIssue]
    rflags = regex.V0
    for flag, rflag in _FLAG_MAP.items():
        if cp.flags & flag:
            rflags |= rflag
    return cp, regex.compile(pattern, rflags)  # pyright: ignore[reportArgumentType]


class Pattern:
    """A compiled regular expression (CPython's `re.Pattern` API)."""

    __slots__ = ("_cp", "_rp", "_rt")

    def __init__(self, rt: Runtime, cp: re.Pattern[Any], rp: Any) -> None:
        self._rt, self._cp, self._rp = rt, cp, rp

    @property
    def pattern(self) -> Any:
        return self._cp.pattern

    @property
    def flags(self) -> int:
        return self._cp.flags

    @property
    def groups(self) -> int:
        return self._cp.groups

    @property
    def groupindex(self) -> Any:
        return self._cp.groupindex

    def __repr__(self) -> str:
        return repr(self._cp)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pattern) and self._cp == other._cp

    def __hash__(self) -> int:
        return hash(self._cp)

    def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return _timed(self._rt, fn, *args, **kwargs)

    def _wrap(self, m: Any) -> Match | None:
        return None if m is None else Match(self, m)

    def search(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Match | None:
        self._cp.search(
            string[:0] if isinstance(string, str | bytes) else string
        )  # type check only
        return self._wrap(self._call(self._rp.search, string, pos, endpos))

    def match(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Match | None:
        self._cp.match(string[:0] if isinstance(string, str | bytes) else string)
        return self._wrap(self._call(self._rp.match, string, pos, endpos))

    def fullmatch(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Match | None:
        self._cp.match(string[:0] if isinstance(string, str | bytes) else string)
        return self._wrap(self._call(self._rp.fullmatch, string, pos, endpos))

    def findall(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        self._cp.match(string[:0] if isinstance(string, str | bytes) else string)
        return self._call(self._rp.findall, string, pos, endpos)

    def finditer(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Match]:
        self._cp.match(string[:0] if isinstance(string, str | bytes) else string)
        return iter(
            [
                Match(self, m)
                for m in self._call(
                    lambda: list(
                        self._rp.finditer(string, pos, endpos, timeout=_remaining(self._rt))
                    )
                )
            ]
        )

    def split(self, string: Any, maxsplit: int = 0) -> list[Any]:
        self._cp.match(string[:0] if isinstance(string, str | bytes) else string)
        return self._call(self._rp.split, string, maxsplit)

    def sub(self, repl: Any, string: Any, count: int = 0) -> Any:
        return self.subn(repl, string, count)[0]

    def subn(self, repl: Any, string: Any, count: int = 0) -> tuple[Any, int]:
        self._cp.match(string[:0] if isinstance(string, str | bytes) else string)
        if callable(repl):
            user = repl

            def replacement(m: Any) -> Any:
                return user(Match(self, m))

            return self._call(self._rp.subn, replacement, string, count)
        if isinstance(repl, str | bytes) and isinstance(string, str | bytes):
            _check_template(self._cp, repl)
            bound = (len(string) + 1) * len(repl)
            if bound > 4096:
                self._rt.allocate(bound)
        return self._call(self._rp.subn, repl, string, count)


class Match:
    """The result of a successful match (CPython's `re.Match` API)."""

    __slots__ = ("_m", "_pattern")

    def __init__(self, pattern: Pattern, m: Any) -> None:
        self._pattern, self._m = pattern, m

    def group(self, *groups: Any) -> Any:
        return self._m.group(*groups)

    def __getitem__(self, group: Any) -> Any:
        return self._m[group]

    def groups(self, default: Any = None) -> tuple[Any, ...]:
        return self._m.groups(default)

    def groupdict(self, default: Any = None) -> dict[str, Any]:
        return self._m.groupdict(default)

    def start(self, group: Any = 0) -> int:
        return self._m.start(group)

    def end(self, group: Any = 0) -> int:
        return self._m.end(group)

    def span(self, group: Any = 0) -> tuple[int, int]:
        return self._m.span(group)

    def expand(self, template: Any) -> Any:
        return self._m.expand(template)

    @property
    def string(self) -> Any:
        return self._m.string

    @property
    def re(self) -> Pattern:
        return self._pattern

    @property
    def pos(self) -> int:
        return self._m.pos

    @property
    def endpos(self) -> int:
        return self._m.endpos

    @property
    def lastindex(self) -> int | None:
        return self._m.lastindex

    @property
    def lastgroup(self) -> str | None:
        return self._m.lastgroup

    def __bool__(self) -> bool:
        return True

    def __repr__(self) -> str:
        return f"<re.Match object; span={self._m.span()!r}, match={self._m.group()!r}>"


_PATTERN_API = (
    "search match fullmatch findall finditer split sub subn pattern flags groups groupindex"
)
_MATCH_API = "group groups groupdict start end span expand string re pos endpos lastindex lastgroup"
register_host_type(Pattern, _PATTERN_API)
register_host_type(Match, _MATCH_API)
register_host_type(re.error, "msg pattern pos lineno colno")


def _check_template(cp: re.Pattern[Any], repl: str | bytes) -> None:
    """Raise CPython's `re.error` for a bad replacement template (`\\g<9>`, ...)."""
    compile_repl = getattr(re, "_compile_repl", None) or getattr(re, "_compile_template", None)
    if compile_repl is not None:
        compile_repl(repl, cp)


def _remaining(rt: Runtime) -> float:
    remaining = getattr(rt.tracker, "remaining_time", None)
    left = cast("float | None", remaining()) if callable(remaining) else None
    return MAX_REGEX_SECONDS if left is None else max(min(left, MAX_REGEX_SECONDS), 0.001)


def _timed(rt: Runtime, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    rt.slow_tick()
    try:
        if getattr(fn, "__name__", "") == "<lambda>":
            return fn()
        return fn(*args, timeout=_remaining(rt), **kwargs)
    except TimeoutError:
        exc = LimitExceeded("TimeoutError", "a regular expression took too long to match")
        rt.trip(exc)
        raise exc from None


@register("re")
def _re(rt: Runtime) -> dict[str, Any]:
    def compile(pattern: Any, flags: Any = 0) -> Pattern:
        if isinstance(pattern, Pattern):
            if flags:
                raise ValueError("cannot process flags argument with a compiled pattern")
            return pattern
        cp, rp = _compile(pattern, int(flags))
        return Pattern(rt, cp, rp)

    def search(pattern: Any, string: Any, flags: Any = 0) -> Match | None:
        return compile(pattern, flags).search(string)

    def match(pattern: Any, string: Any, flags: Any = 0) -> Match | None:
        return compile(pattern, flags).match(string)

    def fullmatch(pattern: Any, string: Any, flags: Any = 0) -> Match | None:
        return compile(pattern, flags).fullmatch(string)

    def findall(pattern: Any, string: Any, flags: Any = 0) -> list[Any]:
        return compile(pattern, flags).findall(string)

    def finditer(pattern: Any, string: Any, flags: Any = 0) -> Iterator[Match]:
        return compile(pattern, flags).finditer(string)

    def split(pattern: Any, string: Any, maxsplit: int = 0, flags: Any = 0) -> list[Any]:
        return compile(pattern, flags).split(string, maxsplit)

    def sub(pattern: Any, repl: Any, string: Any, count: int = 0, flags: Any = 0) -> Any:
        return compile(pattern, flags).sub(repl, string, count)

    def subn(
        pattern: Any, repl: Any, string: Any, count: int = 0, flags: Any = 0
    ) -> tuple[Any, int]:
        return compile(pattern, flags).subn(repl, string, count)

    exports: dict[str, Any] = {
        "compile": compile,
        "search": search,
        "match": match,
        "fullmatch": fullmatch,
        "findall": findall,
        "finditer": finditer,
        "split": split,
        "sub": sub,
        "subn": subn,
        "escape": re.escape,
        "purge": lambda: None,
        "error": re.error,
        "Pattern": Pattern,
        "Match": Match,
        "RegexFlag": re.RegexFlag,
        "NOFLAG": re.NOFLAG,
    }
    for name in (
        "A",
        "ASCII",
        "I",
        "IGNORECASE",
        "M",
        "MULTILINE",
        "S",
        "DOTALL",
        "X",
        "VERBOSE",
        "U",
        "UNICODE",
    ):
        exports[name] = getattr(re, name)
    return exports
