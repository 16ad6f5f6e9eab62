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
from itertools import islice
from typing import TYPE_CHECKING, Any, cast

import regex

from ..errors import LimitExceeded
from ..execute.sizes import SMALL_INPUT, char_width
from ..policy import register_host_type
from . import register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["Match", "Pattern", "shared_pattern"]

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

    __slots__ = ("_cp", "_rp", "_run")

    def __init__(self, rt: Runtime | None, cp: re.Pattern[Any], rp: Any) -> None:
        self._run, self._cp, self._rp = rt, cp, rp

    @property
    def _rt(self) -> Runtime:
        """The run this pattern reports to: its own, or (for a pattern shared by runs, such
        as a class attribute) the run executing now."""
        if self._run is not None:
            return self._run
        from ..execute.runtime import CURRENT

        return CURRENT.get()

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
        if _c_list_ok(self._cp, string):
            return self._billed(self._call(self._rp.findall, string, pos, endpos))
        empty = string[:0]
        groups = self._rp.groups
        bill = _Bill(self._rt, string)
        out: list[Any] = []
        for m in _ticking(
            self._rt, self._rp.finditer(string, pos, endpos, timeout=_remaining(self._rt))
        ):
            if groups == 0:
                bill.span(m, 0)
                out.append(m.group())
            elif groups == 1:
                bill.span(m, 1)
                out.append(m.group(1) or empty)
            else:
                for g in range(1, groups + 1):
                    bill.span(m, g)
                out.append(m.groups(empty))
        return out

    def finditer(self, string: Any, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Match]:
        self._cp.match(string[:0] if isinstance(string, str | bytes) else string)
        matches = self._rp.finditer(string, pos, endpos, timeout=_remaining(self._rt))
        return (Match(self, m) for m in _ticking(self._rt, matches))

    def split(self, string: Any, maxsplit: int = 0) -> list[Any]:
        self._cp.match(string[:0] if isinstance(string, str | bytes) else string)
        if _c_list_ok(self._cp, string):
            return self._billed(self._call(self._rp.split, string, maxsplit))
        # the pieces between matches add up to the string; captured groups are billed
        bill = _Bill(self._rt, string)
        bill.add(len(string))
        out: list[Any] = []
        last = 0
        matches = self._rp.finditer(string, timeout=_remaining(self._rt))
        for count, m in enumerate(_ticking(self._rt, matches), 1):
            if maxsplit < 0 or 0 < maxsplit < count:
                break
            out.append(string[last : m.start()])
            for g in range(1, self._rp.groups + 1):
                bill.span(m, g)
                out.append(m.group(g))
            last = m.end()
        out.append(string[last:])
        return out

    def _billed(self, result: list[Any]) -> list[Any]:
        """A list the C engine built from a string of at most `_C_RESULT_INPUT` characters
        (so at most a few tens of MB), reported once it exists."""
        if len(result) > 1000:
            self._rt.allocate(len(result) * (8 + 50 * max(self._rp.groups, 1)))
        return result

    def sub(self, repl: Any, string: Any, count: int = 0) -> Any:
        return self.subn(repl, string, count)[0]

    def subn(self, repl: Any, string: Any, count: int = 0) -> tuple[Any, int]:
        self._cp.match(string[:0] if isinstance(string, str | bytes) else string)
        if callable(repl):
            user = repl
            bill = _Bill(self._rt, string, joined=True)

            def replacement(m: Any) -> Any:
                piece = user(Match(self, m))
                if isinstance(piece, str | bytes):
                    bill.add(len(piece) * char_width(piece))
                return piece

            return self._call(self._rp.subn, replacement, string, count)
        if isinstance(repl, str | bytes) and isinstance(string, str | bytes):
            _check_template(self._cp, repl)
            parts = _template_parts(self._cp, repl)
            refs = sum(1 for p in parts if type(p) is int)
            literal = sum(len(p) for p in parts if type(p) is not int)
            # groups lie inside their (non-overlapping) matches, unless a lookaround
            # captures past the match: then each may reach to the end of the string
            reach = len(string) * (len(string) + 1 if _looks_around(self._cp) else 1)
            bound = (len(string) + 1) * literal + refs * reach
            if refs and bound > _SMALL_RESULT and _looks_around(self._cp):
                return self._subn_billed(parts, string, count)
            if bound > _SMALL_RESULT:
                self._rt.allocate(bound)
        return self._call(self._rp.subn, repl, string, count)

    def _subn_billed(self, parts: list[Any], string: Any, count: int) -> tuple[Any, int]:
        """`subn` with a template whose group references could make the result far bigger
        than the string: each replacement is billed before it is built."""
        bill = _Bill(self._rt, string, joined=True)

        def replacement(m: Any) -> Any:
            bill.add(_expanded_size(parts, m) * char_width(string))
            return _expand(parts, m, string[:0])

        return self._call(self._rp.subn, replacement, string, count)


class Match:
    """The result of a successful match (CPython's `re.Match` API)."""

    __slots__ = ("_m", "_pattern")

    def __init__(self, pattern: Pattern, m: Any) -> None:
        self._pattern, self._m = pattern, m

    def _bill(self, groups: Any) -> None:
        """Report big substrings about to be cut out of the string (a lookahead group may
        reach to the end of the string for every match)."""
        m = self._m
        for g in groups:
            start, end = m.span(g)
            if end - start > SMALL_INPUT:
                self._pattern._rt.allocate((end - start) * char_width(m.string))  # pyright: ignore[reportPrivateUsage]

    def group(self, *groups: Any) -> Any:
        if len(self._m.string) > SMALL_INPUT:
            self._bill(groups or (0,))
        return self._m.group(*groups)

    def __getitem__(self, group: Any) -> Any:
        if len(self._m.string) > SMALL_INPUT:
            self._bill((group,))
        return self._m[group]

    def groups(self, default: Any = None) -> tuple[Any, ...]:
        if len(self._m.string) > SMALL_INPUT:
            self._bill(range(1, self._pattern.groups + 1))
        return self._m.groups(default)

    def groupdict(self, default: Any = None) -> dict[str, Any]:
        if len(self._m.string) > SMALL_INPUT:
            self._bill(range(1, self._pattern.groups + 1))
        return self._m.groupdict(default)

    def start(self, group: Any = 0) -> int:
        return self._m.start(group)

    def end(self, group: Any = 0) -> int:
        return self._m.end(group)

    def span(self, group: Any = 0) -> tuple[int, int]:
        return self._m.span(group)

    def expand(self, template: Any) -> Any:
        if isinstance(template, str | bytes):
            parts = _template_parts(self._pattern._cp, template)  # pyright: ignore[reportPrivateUsage]
            size = _expanded_size(parts, self._m) * char_width(self._m.string)
            if size > _SMALL_RESULT:
                self._pattern._rt.allocate(size)  # pyright: ignore[reportPrivateUsage]
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


def shared_pattern(pattern: Any, flags: Any) -> Pattern:
    """`re.compile(pattern, flags)` for a pattern stored on a class (`string.Template`)."""
    if isinstance(pattern, Pattern):
        raise ValueError("cannot process flags argument with a compiled pattern")
    cp, rp = _compile(pattern, int(flags))
    return Pattern(None, cp, rp)


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


#: Results up to this many bytes are not reported.
_SMALL_RESULT = 4096
_MATCH_SIZE = 200


#: Strings up to about this long go through the C `findall`/`split` (see `_c_list_ok`):
#: their result stays within a few tens of MB and is reported once built. Longer ones are
#: consumed match by match.
_C_RESULT_INPUT = 1 << 20


def _c_list_ok(cp: re.Pattern[Any], string: Any) -> bool:
    """Whether C `findall`/`split` may build their list at once (reported afterwards): at
    most `_C_RESULT_INPUT` bytes of list slots and pieces, even if every position matches
    and, with a lookaround, every group reaches to the end of the string."""
    if not isinstance(string, str | bytes | bytearray):
        return True  # CPython raises its own TypeError
    n, groups = len(string), max(cp.groups, 1)
    reach = n if cp.groups and _looks_around(cp) else 1
    return (n + 1) * (8 + groups * (50 + reach)) <= 64 * _C_RESULT_INPUT


_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def _looks_around(cp: re.Pattern[Any]) -> bool:
    """Whether the pattern has a lookaround (the only way a group reaches out of its match)."""
    source: Any = cp.pattern
    if isinstance(source, bytes):
        source = source.decode("latin-1")
    return any(token in source for token in _LOOKAROUND)


class _Bill:
    """Adds up the bytes a result built from matches takes and reports them to the run in
    steps, before the substrings are made. A `joined` bill is for pieces the regex engine
    joins into one string at the end: each step claims the whole total at once."""

    __slots__ = ("_joined", "_pending", "_rt", "_total", "_width")

    def __init__(self, rt: Runtime, string: Any, joined: bool = False) -> None:
        self._rt, self._width, self._joined = rt, char_width(string), joined
        self._pending = self._total = 0

    def add(self, size: int) -> None:
        """Bill `size` more bytes."""
        self._pending += size + 8
        if self._pending > _STEP:
            self.flush()

    def span(self, m: Any, group: Any) -> None:
        """Bill the substring group `group` of regex match `m` is about to become."""
        start, end = m.span(group)
        self.add((end - start) * self._width + 50 if start >= 0 else 0)

    def flush(self) -> None:
        """Report what has been billed so far."""
        self._total += self._pending
        if self._pending > _SMALL_RESULT:
            self._rt.allocate(self._total if self._joined else self._pending)
        self._pending = 0


_STEP = 1 << 20


def _ticking(rt: Runtime, matches: Iterator[Any]) -> Iterator[Any]:
    """Regex matches consumed in batches: the run ticks and the match objects of each batch
    are reported; the regex's own timeout (the run's remaining time) trips the time limit."""
    while True:
        try:
            batch = list(islice(matches, 1000))
        except TimeoutError:
            exc = LimitExceeded("TimeoutError", "a regular expression took too long to match")
            rt.trip(exc)
            raise exc from None
        if not batch:
            return
        rt.slow_tick()
        rt.allocate(len(batch) * _MATCH_SIZE)
        yield from batch


def _template_parts(cp: re.Pattern[Any], repl: str | bytes) -> list[Any]:
    """The replacement template `repl` as literal pieces and group numbers (ints)."""
    compile_repl = getattr(re, "_compile_repl", None)
    if compile_repl is None:  # pragma: no cover - CPython 3.12+: bill every backslash
        text: Any = repl
        return [text, *([0] * text.count("\\" if isinstance(text, str) else b"\\"))]
    groups, literals = cast("tuple[list[tuple[int, int]], list[Any]]", compile_repl(repl, cp))
    parts: list[Any] = list(literals)
    for index, group in groups:
        parts[index] = group
    return [p for p in parts if p is not None]


def _expanded_size(parts: list[Any], m: Any) -> int:
    """Characters the template `parts` expands to for regex match `m`."""
    total = 0
    for part in parts:
        if type(part) is int:
            start, end = m.span(part)
            total += max(end - start, 0)
        else:
            total += len(part)
    return total


def _expand(parts: list[Any], m: Any, empty: Any) -> Any:
    """The template `parts` expanded for regex match `m` (as `re.sub` does it)."""
    return empty.join((m.group(p) or empty) if type(p) is int else p for p in parts)


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
