"""Size predictions for operations that allocate in one C call.

Each `check_*` function returns the number of bytes the operation is about to allocate (or
raises when the operation is refused outright); the guards report that number to the
tracker before doing the operation. Hard ceilings apply even without a memory limit, so
one expression can never take the host down.
"""

from __future__ import annotations

import functools
import re
import sys
from typing import Any, cast

__all__ = [
    "MAX_ALLOCATION",
    "MAX_INT_BITS",
    "SIZED_METHODS",
    "SMALL_INPUT",
    "SizeLimitError",
    "char_width",
    "encode_size",
    "format_spec_size",
    "items_size",
    "percent_format_size",
    "repr_size",
    "sequence_repeat_size",
    "split_pieces",
    "split_size",
    "splitlines_pieces",
]

#: No single operation may allocate more than this, whatever the limits say.
MAX_ALLOCATION = 1 << 30
#: Largest integer (in bits) that `*`, `**` and `<<` may produce.
MAX_INT_BITS = 1 << 25
#: Largest width or precision in a format spec.
MAX_FORMAT_WIDTH = 10_000_000


class SizeLimitError(Exception):
    """An operation would exceed a hard ceiling; reported as MemoryError."""


_SEQUENCES = (str, bytes, bytearray, list, tuple)


_EMPTY_SIZE: dict[type[Any], int] = {
    str: sys.getsizeof(""),
    bytes: sys.getsizeof(b""),
    bytearray: sys.getsizeof(bytearray()),
    list: sys.getsizeof([]),
    tuple: sys.getsizeof(()),
}


def sequence_repeat_size(seq: Any, count: int) -> int:
    """Bytes needed for `seq * count` (the payload only: `'x' * n` is about n bytes)."""
    if count <= 0:
        return 0
    base: type[Any] | None = next((tp for tp in _EMPTY_SIZE if isinstance(seq, tp)), None)
    payload = sys.getsizeof(seq) - (_EMPTY_SIZE[base] if base is not None else 0)
    return max(payload, 1) * count


def int_bits_mul(a: int, b: int) -> int:
    """Bits of `a * b`."""
    return a.bit_length() + b.bit_length()


_SPEC = re.compile(r"^(?:.?[<>=^])?[-+ ]?z?#?0?(\d*)[_,]?(?:\.(\d+))?[a-zA-Z%]?$", re.DOTALL)


@functools.lru_cache(maxsize=1024)
def format_spec_size(spec: str) -> int:
    """Bytes a format spec may add (width + precision); 0 when it has neither."""
    match = None if len(spec) > 64 else _SPEC.match(spec)
    if match is None:
        # Not a standard spec (a custom __format__ may accept anything): bound the digits.
        numbers = [int(n) for n in re.findall(r"\d+", spec[:256]) if len(n) < 12]
        big = max(numbers, default=0)
    else:
        big = max(int(match.group(1) or 0), int(match.group(2) or 0))
    if big > MAX_FORMAT_WIDTH:
        raise SizeLimitError(f"format width or precision {big} is too large")
    return big


_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?.")


def percent_format_size(fmt: str | bytes | bytearray, args: Any) -> int:
    """Bytes `fmt % args` may add through widths and precisions."""
    text = fmt.decode("latin-1") if isinstance(fmt, bytes | bytearray) else fmt
    star_args: list[Any] = (
        list(cast("tuple[Any, ...]", args)) if isinstance(args, tuple) else [args]
    )
    total = 0
    star_index = 0
    for match in _PERCENT.finditer(text):
        for group in (match.group(1), match.group(2)):
            if group is None:
                continue
            if group == "*":
                value = star_args[star_index] if star_index < len(star_args) else 0
                star_index += 1
                width = abs(value) if type(value) is int else 0
            else:
                width = int(group) if len(group) < 12 else MAX_FORMAT_WIDTH + 1
            if width > MAX_FORMAT_WIDTH:
                raise SizeLimitError(f"format width or precision {width} is too large")
            total += width
    return total


#: Text and sequences up to this length are not sized: one call on them stays small.
SMALL_INPUT = 4096
#: Bytes a new str object costs besides its characters (header, plus a list slot for it).
_STR_PIECE = 8 + sys.getsizeof("")
_WIDE_PIECE = 8 + sys.getsizeof("\u0100") + 8
_BYTES_PIECE = 8 + sys.getsizeof(b"")
_WIDE_HEADER = sys.getsizeof("\u0100") - 2 * 2


def char_width(s: Any) -> int:
    """Bytes per character of `s` (1, 2 or 4 for str; 1 for bytes and bytearray)."""
    if not isinstance(s, str) or s.isascii() or not s:
        return 1
    if type(s) is not str:
        return 4
    return (sys.getsizeof(s) - _WIDE_HEADER) // (len(s) + 1)


def _piece(s: Any) -> int:
    """What one new piece of `s` (a substring) costs besides its characters."""
    if not isinstance(s, str):
        return _BYTES_PIECE
    return _STR_PIECE if char_width(s) == 1 else _WIDE_PIECE


#: Per-character size of `repr(s)` for each str width (`\x00`, `\u0100`, `\U000e0001`).
_REPR_FACTOR = {1: 4, 2: 12, 4: 40}
_ASCII_FACTOR = {1: 4, 2: 6, 4: 10}


def repr_size(obj: Any, ascii_only: bool = False) -> int:
    """Bytes `repr(obj)` (or `ascii(obj)`) may take for str, bytes and bytearray (else 0)."""
    if isinstance(obj, str):
        factors = _ASCII_FACTOR if ascii_only else _REPR_FACTOR
        return len(obj) * factors[char_width(obj)] + 2
    if isinstance(obj, bytes | bytearray):
        return 4 * len(obj) + 16
    return 0


def items_size(obj: Any) -> int:
    """Bytes a list (or set) built from `obj` takes (one slot per item, plus new items)."""
    if isinstance(obj, str):
        return len(obj) * (8 if char_width(obj) == 1 else _WIDE_PIECE)
    if isinstance(obj, bytes | bytearray | list | tuple):
        return 8 * len(obj)  # pyright: ignore[reportUnknownArgumentType]
    if isinstance(obj, dict | set | frozenset):
        return 40 * len(obj)  # pyright: ignore[reportUnknownArgumentType]
    return 0


def split_size(s: Any, pieces: int) -> int:
    """Bytes of a list of `pieces` substrings of `s` (their characters are at most `s`'s)."""
    return pieces * _piece(s) + len(s) * char_width(s)


_ASCII_SPACE = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_ASCII_LINES = b"\n\r\x0b\x0c\x1c\x1d\x1e"
#: UTF-8 forms of the non-ASCII whitespace (`\xe2\x80` covers U+2000 to U+203F, a superset)
_WIDE_SPACE = (
    b"\xc2\x85",
    b"\xc2\xa0",
    b"\xe1\x9a\x80",
    b"\xe2\x80",
    b"\xe2\x81\x9f",
    b"\xe3\x80\x80",
)
_WIDE_LINES = (b"\xc2\x85", b"\xe2\x80\xa8", b"\xe2\x80\xa9")


def _count_any(s: Any, ascii_chars: bytes, wide: tuple[bytes, ...]) -> int:
    """An upper bound on how many characters of `s` are among `ascii_chars` (and, for
    str, the non-ASCII characters whose UTF-8 forms start with one of `wide`), in a few
    passes of C code over the text."""
    if isinstance(s, str):
        data = s.encode("utf-8", "surrogatepass")
        extra = 0 if s.isascii() else sum(data.count(w) for w in wide)
    else:
        data, extra = bytes(s) if type(s) is not bytes else s, 0
    return len(data) - len(data.translate(None, ascii_chars)) + extra


def split_pieces(s: Any, sep: Any, maxsplit: Any) -> int:
    """An upper bound on how many pieces `s.split(sep, maxsplit)` gives."""
    if sep is None:
        pieces = min(_count_any(s, _ASCII_SPACE, _WIDE_SPACE), (len(s) + 1) // 2) + 1
    elif isinstance(sep, str | bytes | bytearray) and sep:
        pieces = s.count(sep) + 1
    else:
        return 1  # CPython raises its own error for an empty or wrong separator
    if type(maxsplit) is int and maxsplit >= 0:
        pieces = min(pieces, maxsplit + 1)
    return pieces


def splitlines_pieces(s: Any) -> int:
    """An upper bound on how many lines `s.splitlines()` gives."""
    if isinstance(s, str):
        return _count_any(s, _ASCII_LINES, _WIDE_LINES) + 1
    return _count_any(s, b"\n\r", ()) + 1


#: Largest number of bytes one character may take in each codec (strict errors).
_CODEC_FACTOR = {
    "utf8": 4,
    "utf_8": 4,
    "utf16": 4,
    "utf_16": 4,
    "utf_16_le": 4,
    "utf_16_be": 4,
    "utf32": 4,
    "utf_32": 4,
    "utf_32_le": 4,
    "utf_32_be": 4,
    "ascii": 1,
    "latin_1": 1,
    "latin1": 1,
    "iso8859_1": 1,
    "cp1252": 1,
}
#: Error handlers that never produce more than the codec's own output for a character.
_PLAIN_ERRORS = frozenset({"strict", "ignore", "replace", "surrogateescape", "surrogatepass"})


def encode_size(s: Any, encoding: Any = "utf-8", errors: Any = "strict") -> int:
    """An upper bound on the bytes `s.encode(encoding, errors)` takes."""
    if not isinstance(s, str):
        return 0
    name = encoding.lower().replace("-", "_") if isinstance(encoding, str) else ""
    factor = _CODEC_FACTOR.get(name, 10)
    if name in ("utf8", "utf_8") and s.isascii():
        factor = 1
    if errors not in _PLAIN_ERRORS:
        factor = max(factor, 10 if errors != "namereplace" else 100)
    return len(s) * factor + 8


#: Methods the lowered code calls natively on text no longer than `SMALL_INPUT`; on longer
#: text their guarded versions (`builtins/methods.py`) report the result's size first.
SIZED_METHODS: dict[str, frozenset[type]] = {
    **{
        n: frozenset({str, bytes, bytearray})
        for n in ("split", "rsplit", "splitlines", "partition", "rpartition")
    },
    "hex": frozenset({bytes, bytearray}),
    "decode": frozenset({bytes, bytearray}),
    **{
        n: frozenset({str})
        for n in ("encode", "upper", "lower", "casefold", "title", "swapcase", "capitalize")
    },
}
