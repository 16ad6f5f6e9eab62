# pyright: reportUnknownMemberType=false, reportUnknownArgumentType=false, reportUnknownVariableType=false
"""Sandbox modules for numbers: `cmath`, `statistics`, `fractions` (and `decimal`, in
`stdlib_decimal`).

Review notes:

* `cmath`: every function works on floats and complex numbers in C, bounded by their size.
* `statistics`: CPython's functions loop in Python inside the stdlib and consume their data
  with C `list()`: the data goes through the run's ticking view first (`statistics.mean(
  itertools.count())` stops at the limit), and data holding big ints or fractions reports the
  exact arithmetic it will do on them. `NormalDist.samples` draws from the run's generator
  (CPython's uses the host's global `random`), its size reported first.
* `fractions`: `Fraction` is a sandbox subclass of CPython's whose arithmetic reports the time
  and size of its big-int products, gcds and divisions before it runs (CPython's pure-Python
  code calls them in C, where no tick runs), and whose results are sandbox `Fraction`s again.
  Parsing a string (`Fraction('1e999999999')`) and `round(f, ndigits)` bound the power of ten
  they compute.
"""

from __future__ import annotations

import cmath
import fractions
import math
import operator
import re
import statistics
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..execute.costs import div_seconds, gcd_seconds, mul_seconds, pow_seconds
from ..execute.sizes import MAX_INT_BITS, SizeLimitError
from ..policy import register_host_type
from . import register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

#: Ints smaller than this (in bits) make cheap fractions: nothing is reported.
_CHEAP_BITS = 4096
_LOG2_10 = math.log2(10)


def _current() -> Runtime:
    from ..execute.runtime import CURRENT

    return CURRENT.get()


def _bits_of(value: Any) -> tuple[int, int]:
    """(numerator bits, denominator bits) of an int or a fraction (0, 0 for anything else)."""
    if isinstance(value, int):
        return int.bit_length(value), 1
    if isinstance(value, fractions.Fraction):
        return int.bit_length(value._numerator), int.bit_length(value._denominator)  # pyright: ignore[reportPrivateUsage, reportAttributeAccessIssue]
    return 0, 0


def _price(rt: Runtime, result_bits: int, seconds: float, what: str) -> None:
    """Refuse a result past the sandbox's int size, report its size, spend its time."""
    if result_bits > MAX_INT_BITS:
        rt.refuse_size(
            SizeLimitError(f"{what}: an integer of about {result_bits} bits is too large")
        )
    rt.allocate(result_bits // 8)
    rt.spend(seconds, what)


# -- fractions ------------------------------------------------------------------------------


def _binary_cost(kind: str, a: Any, b: Any) -> None:
    """Report the big-int work of `a <kind> b` on fractions and ints (a no-op when small)."""
    na, da = _bits_of(a)
    nb, db = _bits_of(b)
    if max(na, da, nb, db) <= _CHEAP_BITS:
        return
    rt = _current()
    cross = mul_seconds(na, db) + mul_seconds(nb, da)
    dens = gcd_seconds(da, db) + mul_seconds(da, db)
    if kind in ("add", "sub"):
        seconds = cross + dens + gcd_seconds(max(na + db, nb + da), min(da, db))
        bits = max(na + db, nb + da) + 1 + da + db
    elif kind in ("mul", "div"):
        seconds = gcd_seconds(na, db) + gcd_seconds(nb, da) + cross + dens
        bits = na + nb + da + db
    elif kind in ("floordiv", "mod", "divmod"):
        seconds = cross + dens + div_seconds(na + db, nb + da)
        bits = max(na + db, nb + da) + da + db
    else:  # comparisons
        seconds, bits = cross, na + db + nb + da
    _price(rt, bits, seconds, f"a Fraction operation ({kind})")


def _wrap(value: Any) -> Any:
    """CPython's arithmetic returns plain `fractions.Fraction`s: make them sandbox ones."""
    if type(value) is fractions.Fraction:
        result = object.__new__(Fraction)
        result._numerator = value._numerator  # pyright: ignore[reportAttributeAccessIssue]
        result._denominator = value._denominator  # pyright: ignore[reportAttributeAccessIssue]
        return result
    if type(value) is tuple:
        return tuple(_wrap(v) for v in value)  # pyright: ignore[reportUnknownVariableType]
    return value


_RATIONAL_FORMAT: re.Pattern[str] = vars(fractions)["_RATIONAL_FORMAT"]


def _string_cost(text: str) -> None:
    """`Fraction('1.5e-300')` computes `10 ** exponent` in C: bound it first."""
    m = _RATIONAL_FORMAT.match(text)
    if m is None:
        return
    exp = abs(int(m.group("exp") or "0")) if len(m.group("exp") or "") < 20 else MAX_INT_BITS
    digits = len(text) + exp
    bits = int(digits * _LOG2_10) + 1
    if bits > _CHEAP_BITS:
        _price(_current(), bits, pow_seconds(bits) + gcd_seconds(bits, bits), "Fraction()")


class Fraction(fractions.Fraction):
    """`fractions.Fraction` whose big-int work is reported before it runs in C."""

    __slots__ = ()

    def __new__(cls, numerator: Any = 0, denominator: Any = None) -> Any:
        if isinstance(numerator, str):
            _string_cost(numerator)
        elif type(numerator) is int and type(denominator) is int:
            a, b = int.bit_length(numerator), int.bit_length(denominator)
            if max(a, b) > _CHEAP_BITS:
                _price(
                    _current(),
                    a + b,
                    gcd_seconds(a, b) + div_seconds(a + b, min(a, b)),
                    "Fraction()",
                )
        elif denominator is not None:
            _binary_cost("div", numerator, denominator)
        raw: Any = numerator
        return super().__new__(cls, raw, denominator)

    def limit_denominator(self, max_denominator: Any = 1000000) -> Any:
        n, d = _bits_of(self)
        if max(n, d) > _CHEAP_BITS:
            _current().spend(2 * gcd_seconds(n, d), "Fraction.limit_denominator()")
        return _wrap(super().limit_denominator(max_denominator))

    def __round__(self, ndigits: Any = None) -> Any:
        if ndigits is not None:
            digits = abs(operator.index(ndigits))
            n, d = _bits_of(self)
            bits = int(digits * _LOG2_10) + 1
            if bits > _CHEAP_BITS or max(n, d) > _CHEAP_BITS:
                seconds = pow_seconds(bits) + div_seconds(n + bits, d) + mul_seconds(n, bits)
                _price(_current(), bits + n + d, seconds, "round()")
        else:
            _binary_cost("floordiv", self, 1)
        return _wrap(super().__round__(ndigits))

    def __pow__(self, other: Any, *modulo: Any) -> Any:
        if isinstance(other, int) and not isinstance(other, bool) and other != 0:
            n, d = _bits_of(self)
            bits = max(n, d) * abs(other)
            if bits > _CHEAP_BITS:
                _price(_current(), 2 * bits, 2 * pow_seconds(bits), "a Fraction power")
        elif isinstance(other, fractions.Fraction) and other._denominator == 1:  # pyright: ignore[reportAttributeAccessIssue]
            return self.__pow__(other._numerator, *modulo)  # pyright: ignore[reportAttributeAccessIssue]
        return _wrap(fractions.Fraction.__pow__(self, other, *modulo))  # pyright: ignore[reportCallIssue]

    def __rpow__(self, other: Any, *modulo: Any) -> Any:
        exponent: int = self._numerator  # pyright: ignore[reportAttributeAccessIssue]
        if not modulo and self._denominator == 1 and isinstance(other, int | fractions.Fraction):  # pyright: ignore[reportAttributeAccessIssue]
            if isinstance(other, int) and exponent >= 0:
                return _current().pow(other, exponent)  # the `**` guard: an int, as CPython's
            return Fraction(other) ** exponent
        return _wrap(fractions.Fraction.__rpow__(self, other, *modulo))  # pyright: ignore[reportCallIssue]


def _fraction_operator(name: str, kind: str, reverse: bool) -> Callable[..., Any]:
    base: Any = getattr(fractions.Fraction, name)

    def method(self: Any, other: Any) -> Any:
        if reverse:
            _binary_cost(kind, other, self)
        else:
            _binary_cost(kind, self, other)
        return _wrap(base(self, other))

    method.__name__ = method.__qualname__ = name
    return method


def _fraction_unary(name: str, kind: str) -> Callable[..., Any]:
    base: Any = getattr(fractions.Fraction, name)

    def method(self: Any) -> Any:
        if kind:
            _binary_cost(kind, self, 1)
        return _wrap(base(self))

    method.__name__ = method.__qualname__ = name
    return method


for _kind, _names in (
    ("add", ("add", "sub")),
    ("mul", ("mul", "truediv")),
    ("floordiv", ("floordiv", "mod", "divmod")),
):
    for _name in _names:
        setattr(Fraction, f"__{_name}__", _fraction_operator(f"__{_name}__", _kind, False))
        setattr(Fraction, f"__r{_name}__", _fraction_operator(f"__r{_name}__", _kind, True))
for _name in ("__lt__", "__le__", "__gt__", "__ge__", "__eq__"):
    setattr(Fraction, _name, _fraction_operator(_name, "cmp", False))
Fraction.__hash__ = fractions.Fraction.__hash__  # type: ignore[method-assign]
for _name, _kind in (
    ("__neg__", ""),
    ("__pos__", ""),
    ("__abs__", ""),
    ("__trunc__", "floordiv"),
    ("__floor__", "floordiv"),
    ("__ceil__", "floordiv"),
    ("__int__", "floordiv"),
):
    setattr(Fraction, _name, _fraction_unary(_name, _kind))
Fraction.__module__ = "fractions"
Fraction.__qualname__ = "Fraction"
for _cls in (Fraction, fractions.Fraction):
    register_host_type(
        _cls,
        "numerator denominator limit_denominator as_integer_ratio from_float from_decimal real "
        "imag conjugate",
    )


@register("fractions")
def _fractions(rt: Runtime) -> dict[str, Any]:
    from ..builtins import PROXIES

    # `Fraction.__bases__[0]` reads as the sandbox's class, never CPython's unchecked one
    PROXIES[fractions.Fraction] = Fraction
    return {"Fraction": Fraction}


# -- cmath ----------------------------------------------------------------------------------


@register("cmath")
def _cmath(rt: Runtime) -> dict[str, Any]:
    return {n: getattr(cmath, n) for n in dir(cmath) if not n.startswith("_")}


# -- statistics -----------------------------------------------------------------------------

#: statistics functions and which of their positional arguments are data
_DATA_ARGS: dict[str, tuple[int, ...]] = {
    "mean": (0,),
    "fmean": (0, 1),
    "geometric_mean": (0,),
    "harmonic_mean": (0, 1),
    "median": (0,),
    "median_low": (0,),
    "median_high": (0,),
    "median_grouped": (0,),
    "mode": (0,),
    "multimode": (0,),
    "pstdev": (0,),
    "pvariance": (0,),
    "stdev": (0,),
    "variance": (0,),
    "quantiles": (0,),
    "correlation": (0, 1),
    "covariance": (0, 1),
    "linear_regression": (0, 1),
}


def _exact_cost(rt: Runtime, data: Any) -> None:
    """Data with big ints or fractions: report the exact sums of products the functions do."""
    if type(data) not in (list, tuple) or not data:
        return
    kinds = set(map(type, data))
    if kinds <= {float, bool}:
        return
    bits = 0
    ints = [x for x in data if type(x) is int] if int in kinds else []
    if ints:
        bits = int.bit_length(max(map(abs, ints)))
    for x in data:
        if isinstance(x, fractions.Fraction):
            bits = max(bits, *_bits_of(x))
    if bits > _CHEAP_BITS:
        big = 2 * bits + len(data).bit_length() + 64  # squares and their sum
        seconds = len(data) * (2 * mul_seconds(bits, bits) + gcd_seconds(big, bits))
        _price(rt, big, seconds, "a statistics function on big numbers")


def _statistics_function(rt: Runtime, name: str) -> Callable[..., Any]:
    base: Any = getattr(statistics, name)
    positions = _DATA_ARGS[name]

    def function(*args: Any, **kwargs: Any) -> Any:
        values = list(args)
        for at in positions:
            if at < len(values):
                values[at] = list(rt.items(values[at]))
                _exact_cost(rt, values[at])
        if name == "quantiles":
            n = kwargs.get("n", 4)
            if type(n) is int and n > 4096:
                rt.allocate(n * 32)
        return _wrap(base(*values, **kwargs))

    function.__name__ = function.__qualname__ = name
    return function


def _samples(obj: Any) -> Any:
    """`NormalDist.samples`: the run's generator (or a sandbox one for a seed)."""

    def samples(n: Any, *, seed: Any = None) -> list[float]:
        from .stdlib_random import SandboxRandom

        rt = _current()
        n = operator.index(n)
        if n > 4096:
            rt.allocate(n * 32)
        gauss = rt.random().gauss if seed is None else SandboxRandom(seed).gauss
        mu, sigma = obj.mean, obj.stdev
        return [gauss(mu, sigma) for _ in range(n)]

    return samples


def _from_samples(obj: Any) -> Any:
    """`NormalDist.from_samples`: the data goes through the ticking view first."""
    cls = obj if isinstance(obj, type) else type(obj)

    def from_samples(data: Any) -> Any:
        return cls.from_samples(list(_current().items(data)))

    return from_samples


def _install_statistics() -> None:
    from ..policy import SPECIAL

    SPECIAL[(statistics.NormalDist, "samples")] = _samples
    SPECIAL[(statistics.NormalDist, "from_samples")] = _from_samples
    register_host_type(
        statistics.NormalDist,
        "mean median mode stdev variance pdf cdf inv_cdf quantiles overlap zscore samples "
        "from_samples",
    )
    linear = statistics.linear_regression([1, 2], [1, 2])
    register_host_type(type(linear), "slope intercept count index _asdict _fields")


_install_statistics()


@register("statistics")
def _statistics(rt: Runtime) -> dict[str, Any]:
    from .stdlib_decimal import stand_in_classes

    stand_in_classes()  # statistics returns decimals and fractions of the data's types
    exports: dict[str, Any] = {name: _statistics_function(rt, name) for name in _DATA_ARGS}
    exports.update(NormalDist=statistics.NormalDist, StatisticsError=statistics.StatisticsError)
    return exports
