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
    "SizeLimitError",
    "format_spec_size",
    "percent_format_size",
    "sequence_repeat_size",
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
