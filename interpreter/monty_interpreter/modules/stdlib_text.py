# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false
"""Sandbox modules for text: `textwrap`, `difflib`, `unicodedata`, `html`, `pprint`.

Review notes:

* `textwrap`: CPython's code, except that its regular expressions (word splitting,
  sentence endings, `dedent`'s margins) run on the sandbox's `re`, under the run's time
  limit: CPython's `wordsep_re.split` runs over the whole text in one C call, about a
  quarter of a microsecond a character. `expandtabs` with a big `tabsize` and the pieces
  a big text splits into report their size. `TextWrapper` instances are host objects:
  the sandbox reads their settings and calls `wrap`/`fill`; it sets them through the
  constructor (attribute writes on host objects are not allowed).
* `difflib`: CPython's pure-Python code (the watchdog stops quadratic matching).
  `ndiff`/`Differ.compare` and `unified_diff`/`context_diff` format sandbox values with
  `%s`/`%r` in C: values that are not text are size-checked first (a shared-list DAG
  would expand exponentially). `isjunk`, `linejunk`, `charjunk` are called like any
  sandbox callable. Left out: `HtmlDiff` (a large HTML generator nobody asked for yet),
  `diff_bytes`.
* `unicodedata`: CPython's per-character lookups; `normalize` of big non-ASCII,
  non-normalized text reports up to 18 characters of 4 bytes per input character (the
  largest NFKD expansion) first. Left out: `ucd_3_2_0` (a `UCD` object).
* `html`: `escape` reports its output (up to 6 characters per input character) first;
  `unescape` may widen the text to 4 bytes a character.
* `pprint`: `pprint`/`pp` print through the run's output (CPython's default stream is
  the host's `sys.stdout`) or the `write` the policy allows on a `stream` argument;
  everything it formats is measured first like `repr` (DAGs expand), including the
  indentation a deep structure and a big `indent` multiply. `PrettyPrinter` is a wrapper
  with `pformat`, `pprint`, `isreadable`, `isrecursive`, `format`.
"""

from __future__ import annotations

import difflib
import html
import pprint
import textwrap
import unicodedata
from typing import TYPE_CHECKING, Any

from ..builtins.dags import measure
from ..execute.runtime import CURRENT
from ..execute.sizes import (
    MAX_ALLOCATION,
    SMALL_INPUT,
    char_width,
    split_pieces,
    split_size,
    splitlines_pieces,
)
from ..policy import register_host_type
from . import register
from .re_module import shared_pattern

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

_PLAIN = frozenset({str, bytes, int, float, bool, type(None)})

# -- textwrap -------------------------------------------------------------------------------

_WORDSEP = shared_pattern(
    textwrap.TextWrapper.wordsep_re.pattern, textwrap.TextWrapper.wordsep_re.flags
)
_WORDSEP_SIMPLE = shared_pattern(
    textwrap.TextWrapper.wordsep_simple_re.pattern, textwrap.TextWrapper.wordsep_simple_re.flags
)
_SENTENCE_END = shared_pattern(
    textwrap.TextWrapper.sentence_end_re.pattern, textwrap.TextWrapper.sentence_end_re.flags
)
_WHITESPACE_ONLY = shared_pattern("^[ \t]+$", 8)  # re.MULTILINE
_LEADING_WHITESPACE = shared_pattern("(^[ \t]*)(?:[^ \t\n])", 8)


def _report_split(text: str) -> None:
    """Report the chunks a big `text` is split into."""
    if len(text) > SMALL_INPUT:
        CURRENT.get().allocate(2 * split_size(text, split_pieces(text, None, -1)))


class TextWrapper(textwrap.TextWrapper):
    """CPython's `textwrap.TextWrapper` with its regular expressions on the sandbox's `re`."""

    wordsep_re = _WORDSEP  # type: ignore[assignment]
    wordsep_simple_re = _WORDSEP_SIMPLE  # type: ignore[assignment]
    sentence_end_re = _SENTENCE_END  # type: ignore[assignment]

    def _munge_whitespace(self, text: Any) -> str:
        if self.expand_tabs and isinstance(text, str) and type(self.tabsize) is int:
            tabs = text.count("\t")
            if tabs and tabs * self.tabsize > SMALL_INPUT:
                CURRENT.get().allocate((len(text) + tabs * self.tabsize) * char_width(text))
        return super()._munge_whitespace(text)

    def wrap(self, text: Any) -> list[str]:
        if isinstance(text, str):
            _report_split(text)
        return super().wrap(text)

    def fill(self, text: Any) -> str:
        return "\n".join(self.wrap(text))


TextWrapper.__module__ = "textwrap"
register_host_type(
    TextWrapper,
    "width initial_indent subsequent_indent expand_tabs replace_whitespace "
    "fix_sentence_endings break_long_words drop_whitespace break_on_hyphens tabsize "
    "max_lines placeholder wrap fill",
)


def dedent(text: Any) -> str:
    """`textwrap.dedent` (CPython's algorithm)."""
    rt = CURRENT.get()
    margin: Any = None
    text = _WHITESPACE_ONLY.sub("", text)
    indents = _LEADING_WHITESPACE.findall(text)
    for indent in indents:
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent, strict=False)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        # CPython: re.sub(r'(?m)^' + margin, '', text); the margin is spaces and tabs
        if len(text) > SMALL_INPUT:
            rt.allocate(2 * split_size(text, text.count("\n") + 1))
        size = len(margin)
        text = "\n".join(
            [line[size:] if line.startswith(margin) else line for line in text.split("\n")]
        )
    return text


@register("textwrap")
def _textwrap(rt: Runtime) -> dict[str, Any]:
    def wrap(text: Any, width: Any = 70, **kwargs: Any) -> list[str]:
        return TextWrapper(width=width, **kwargs).wrap(text)

    def fill(text: Any, width: Any = 70, **kwargs: Any) -> str:
        return TextWrapper(width=width, **kwargs).fill(text)

    def shorten(text: Any, width: Any, **kwargs: Any) -> str:
        w = TextWrapper(width=width, max_lines=1, **kwargs)
        if isinstance(text, str):
            _report_split(text)
        return w.fill(" ".join(text.strip().split()))

    def indent(text: Any, prefix: Any, predicate: Any = None) -> str:
        if (
            isinstance(text, str)
            and isinstance(prefix, str)
            and max(len(text), len(prefix)) > SMALL_INPUT
        ):
            lines = splitlines_pieces(text)
            rt.allocate(2 * split_size(text, lines) + lines * len(prefix) * char_width(prefix))
        return textwrap.indent(text, prefix, predicate)

    return {
        "TextWrapper": TextWrapper,
        "wrap": wrap,
        "fill": fill,
        "shorten": shorten,
        "dedent": dedent,
        "indent": indent,
    }


# -- difflib --------------------------------------------------------------------------------


def _check_lines(rt: Runtime, *sequences: Any) -> None:
    """Size-check the values of `sequences` that are not plain text (difflib formats them
    with `%s` in C)."""
    for seq in sequences:
        if type(seq) is str:
            continue
        for value in seq:
            if type(value) not in _PLAIN:
                rt.check_repr(value)


class Differ(difflib.Differ):
    """CPython's `difflib.Differ`, size-checking the lines it formats."""

    def compare(self, a: Any, b: Any) -> Any:
        _check_lines(CURRENT.get(), a, b)
        return super().compare(a, b)


Differ.__module__ = "difflib"
register_host_type(Differ, "compare linejunk charjunk")
register_host_type(
    difflib.SequenceMatcher,
    "a b isjunk autojunk bjunk bpopular b2j fullbcount matching_blocks opcodes set_seqs "
    "set_seq1 set_seq2 find_longest_match get_matching_blocks get_opcodes "
    "get_grouped_opcodes ratio quick_ratio real_quick_ratio",
)
register_host_type(difflib.Match, "a b size count index _asdict _fields")


def _diff_function(rt: Runtime, real: Any) -> Any:
    """`unified_diff`/`context_diff`, size-checking what CPython would format with `%r`."""

    def diff(a: Any, b: Any, *args: Any, **kwargs: Any) -> Any:
        firsts = [seq[0] for seq in (a, b) if seq]
        _check_lines(rt, firsts, args, kwargs.values())
        return real(a, b, *args, **kwargs)

    diff.__name__ = diff.__qualname__ = real.__name__
    return diff


@register("difflib")
def _difflib(rt: Runtime) -> dict[str, Any]:
    def ndiff(
        a: Any,
        b: Any,
        linejunk: Any = None,
        charjunk: Any = difflib.IS_CHARACTER_JUNK,
    ) -> Any:
        return Differ(linejunk, charjunk).compare(a, b)

    return {
        "SequenceMatcher": difflib.SequenceMatcher,
        "Differ": Differ,
        "Match": difflib.Match,
        "get_close_matches": difflib.get_close_matches,
        "ndiff": ndiff,
        "unified_diff": _diff_function(rt, difflib.unified_diff),
        "context_diff": _diff_function(rt, difflib.context_diff),
        "restore": difflib.restore,
        "IS_LINE_JUNK": difflib.IS_LINE_JUNK,
        "IS_CHARACTER_JUNK": difflib.IS_CHARACTER_JUNK,
    }


# -- unicodedata ----------------------------------------------------------------------------

#: Most characters one character becomes under any normalization form (U+FDFA, NFKD).
_MAX_NORMAL_EXPANSION = 18
_UNICODEDATA_NAMES = (
    "bidirectional category combining decimal decomposition digit east_asian_width "
    "is_normalized lookup mirrored name numeric unidata_version"
)


@register("unicodedata")
def _unicodedata(rt: Runtime) -> dict[str, Any]:
    def normalize(form: Any, unistr: Any, /) -> str:
        if (
            isinstance(unistr, str)
            and len(unistr) > SMALL_INPUT
            and not unistr.isascii()
            and not unicodedata.is_normalized(form, unistr)
        ):
            rt.allocate(len(unistr) * _MAX_NORMAL_EXPANSION * 4)
        return unicodedata.normalize(form, unistr)

    exports = {name: getattr(unicodedata, name) for name in _UNICODEDATA_NAMES.split()}
    exports["normalize"] = normalize
    return exports


# -- html -----------------------------------------------------------------------------------


@register("html")
def _html(rt: Runtime) -> dict[str, Any]:
    def escape(s: Any, quote: bool = True) -> str:
        if isinstance(s, str) and len(s) > SMALL_INPUT:
            rt.allocate(6 * len(s) * char_width(s))
        return html.escape(s, quote)

    def unescape(s: Any) -> str:
        if isinstance(s, str) and len(s) > SMALL_INPUT and "&" in s:
            rt.allocate(4 * len(s))
        return html.unescape(s)

    return {"escape": escape, "unescape": unescape}


# -- pprint ---------------------------------------------------------------------------------


def _check_pformat(rt: Runtime, obj: Any, indent: Any, width: Any) -> None:
    """Refuse formatting `obj` when its text (with the indentation of every line) would
    not fit in the run's memory, or its walk in the run's time."""
    rt.check_repr(obj)
    size = measure(obj, rt.slow_tick, MAX_ALLOCATION)
    step = indent if type(indent) is int and indent > 0 else 1
    cols = width if type(width) is int and width > 1 else 2
    lines = size.containers + size.items + size.nbytes // max(cols // 2, 1)
    total = 2 * size.nbytes + lines * (step * size.depth + 4)
    if total > 1 << 20:
        rt.allocate(total)


class PrettyPrinter:
    """`pprint.PrettyPrinter`: CPython's formatter; output through the run."""

    __slots__ = ("_indent", "_pp", "_stream", "_width")

    def __init__(
        self,
        indent: Any = 1,
        width: Any = 80,
        depth: Any = None,
        stream: Any = None,
        *,
        compact: Any = False,
        sort_dicts: Any = True,
        underscore_numbers: Any = False,
    ) -> None:
        rt = CURRENT.get()
        self._stream = None if stream is None else rt.ga(stream, "write")
        self._indent, self._width = indent, width
        self._pp = pprint.PrettyPrinter(
            indent,
            width,
            depth,
            stream=_NO_STREAM,
            compact=compact,
            sort_dicts=sort_dicts,
            underscore_numbers=underscore_numbers,
        )

    def pformat(self, object: Any) -> str:
        _check_pformat(CURRENT.get(), object, self._indent, self._width)
        return self._pp.pformat(object)

    def pprint(self, object: Any) -> None:
        text = self.pformat(object) + "\n"
        if self._stream is None:
            CURRENT.get().output("stdout", text)
        else:
            self._stream(text)

    def isreadable(self, object: Any) -> bool:
        CURRENT.get().check_repr(object)
        return self._pp.isreadable(object)

    def isrecursive(self, object: Any) -> bool:
        CURRENT.get().check_repr(object)
        return self._pp.isrecursive(object)

    def format(self, object: Any, context: Any, maxlevels: Any, level: Any) -> Any:
        CURRENT.get().check_repr(object)
        return self._pp.format(object, dict(context), maxlevels, level)


class _NoStream:
    """The stream of the wrapped CPython printer: never written to."""

    def write(self, text: str) -> None:
        raise RuntimeError("unreachable")  # pragma: no cover


_NO_STREAM: Any = _NoStream()
PrettyPrinter.__module__ = "pprint"
register_host_type(PrettyPrinter, "pformat pprint isreadable isrecursive format")


@register("pprint")
def _pprint(rt: Runtime) -> dict[str, Any]:
    def pformat(
        object: Any,
        indent: Any = 1,
        width: Any = 80,
        depth: Any = None,
        *,
        compact: Any = False,
        sort_dicts: Any = True,
        underscore_numbers: Any = False,
    ) -> str:
        return PrettyPrinter(
            indent,
            width,
            depth,
            compact=compact,
            sort_dicts=sort_dicts,
            underscore_numbers=underscore_numbers,
        ).pformat(object)

    def pprint_(
        object: Any,
        stream: Any = None,
        indent: Any = 1,
        width: Any = 80,
        depth: Any = None,
        *,
        compact: Any = False,
        sort_dicts: Any = True,
        underscore_numbers: Any = False,
    ) -> None:
        PrettyPrinter(
            indent,
            width,
            depth,
            stream,
            compact=compact,
            sort_dicts=sort_dicts,
            underscore_numbers=underscore_numbers,
        ).pprint(object)

    def pp(object: Any, *args: Any, sort_dicts: Any = False, **kwargs: Any) -> None:
        pprint_(object, *args, sort_dicts=sort_dicts, **kwargs)

    def saferepr(object: Any) -> str:
        rt.check_repr(object)
        return pprint.saferepr(object)

    def isreadable(object: Any) -> bool:
        rt.check_repr(object)
        return pprint.isreadable(object)

    def isrecursive(object: Any) -> bool:
        rt.check_repr(object)
        return pprint.isrecursive(object)

    pprint_.__name__ = pprint_.__qualname__ = "pprint"
    return {
        "pprint": pprint_,
        "pformat": pformat,
        "pp": pp,
        "saferepr": saferepr,
        "isreadable": isreadable,
        "isrecursive": isrecursive,
        "PrettyPrinter": PrettyPrinter,
    }
