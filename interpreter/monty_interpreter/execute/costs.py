"""Time predictions for integer operations that run in one C call.

CPython 3.11 multiplies big ints with Karatsuba (about n**1.585 word operations), divides
them with schoolbook long division (quotient words x divisor words), and builds `**`,
`pow(b, e, m)`, `math.factorial`, `math.comb` and `math.gcd` from those. None of them
checks for signals or ticks, so the guards predict how long an operation will take from the
sizes of its operands and refuse it (a `TimeoutError` limit) when it cannot finish within
what remains of the time budget. The constants are seconds per 30-bit-word operation,
measured on the project's reference machine and rounded up.
"""

from __future__ import annotations

__all__ = [
    "CHECK_THRESHOLD",
    "MAX_OP_SECONDS",
    "comb_seconds",
    "div_seconds",
    "factorial_seconds",
    "gcd_seconds",
    "isqrt_seconds",
    "mul_seconds",
    "pow_seconds",
    "powmod_seconds",
    "sparse_mul_seconds",
]

#: No single uninterruptible operation may run longer than this, whatever the limits say.
MAX_OP_SECONDS = 10.0
#: Operations predicted to take less than this are only added to the run's work counter.
CHECK_THRESHOLD = 1e-3

_WORD = 30
_MUL = 1.8e-8  # Karatsuba: per (larger words) x (smaller words) ** 0.585
_SPARSE = 3.5e-7  # Karatsuba with a sparse operand: per word x (set bits) ** 0.585
_DIV = 2.5e-9  # schoolbook division: per quotient word x divisor word
_GCD = 2.0e-9  # Lehmer gcd: per word x word
_ISQRT = 5.0e-10  # math.isqrt: per word x word
_POWMOD = 3.5e-9  # one modular multiplication: per modulus word squared
_COMB = 4.5e-9  # math.comb's exact divisions: per result word x k
_FACTORIAL = 5.0  # math.factorial/perm: this many multiplications of half the result


def _words(bits: int) -> int:
    return bits // _WORD + 1


def mul_seconds(a_bits: int, b_bits: int) -> float:
    """Seconds for `a * b` with operands of `a_bits` and `b_bits` bits."""
    small, large = sorted((_words(a_bits), _words(b_bits)))
    return _MUL * large * small**0.585


def sparse_mul_seconds(a_bits: int, b_bits: int, ones: int) -> float:
    """Seconds for `a * b` when one operand has only `ones` bits set (Karatsuba skips the
    zero halves: `2 ** n * x` is about linear)."""
    return _SPARSE * (_words(a_bits) + _words(b_bits)) * max(ones, 1) ** 0.585


def div_seconds(a_bits: int, b_bits: int) -> float:
    """Seconds for `a // b`, `a % b` or `divmod(a, b)`."""
    if a_bits < b_bits:
        return 0.0
    quotient, divisor = _words(a_bits - b_bits), _words(b_bits)
    return _DIV * (quotient * divisor + quotient + divisor)


def pow_seconds(result_bits: int, power_of_two: bool = False) -> float:
    """Seconds for `a ** b` whose result has `result_bits` bits (the last squarings dominate;
    the powers of a power of two stay sparse)."""
    half = result_bits // 2
    if power_of_two:
        return 2 * sparse_mul_seconds(half, half, 1)
    return 0.8 * mul_seconds(half, half)


def powmod_seconds(base_bits: int, exp_bits: int, mod_bits: int, negative: bool) -> float:
    """Seconds for `pow(base, exp, mod)`: `exp_bits` modular multiplications, each a product
    and a division of `mod_bits`-sized numbers (plus an inverse for a negative exponent)."""
    words = _words(mod_bits)
    step = _POWMOD * (words * words + 10 * words)
    total = exp_bits * step + div_seconds(base_bits, mod_bits)
    if negative:
        total += gcd_seconds(mod_bits, mod_bits)
    return total


def gcd_seconds(a_bits: int, b_bits: int) -> float:
    """Seconds for `math.gcd(a, b)` (one division, then a quadratic Lehmer loop)."""
    small, large = sorted((a_bits, b_bits))
    return div_seconds(large, small) + _GCD * _words(small) ** 2


def isqrt_seconds(bits: int) -> float:
    """Seconds for `math.isqrt(n)`."""
    return _ISQRT * _words(bits) ** 2


def factorial_seconds(result_bits: int) -> float:
    """Seconds for `math.factorial` or `math.perm` with a result of `result_bits` bits."""
    half = result_bits // 2
    return _FACTORIAL * mul_seconds(half, half)


def comb_seconds(result_bits: int, k: int) -> float:
    """Seconds for `math.comb(n, k)` (`k` the smaller of k and n - k)."""
    return _COMB * _words(result_bits) * k + factorial_seconds(result_bits) / 4
