# pyright: reportUnknownMemberType=false, reportUnknownArgumentType=false, reportUnknownVariableType=false, reportAttributeAccessIssue=false
"""`decimal` for the sandbox: CPython's `_decimal` (libmpdec) with its costs reported.

libmpdec computes in C where no tick runs, and several of its operations grow with what the
program controls: the context's precision (`ln`, `exp`, `**`, `sqrt` are about quadratic in
it; `*` and `/` about linear), the digits of the operands (`Decimal('7' * 10**7) ** 2`), and
conversions between decimals and ints, which are quadratic in the digits (`int(Decimal(
'1e999999'))` takes half a minute; so does `Decimal(1) < 7 ** 1200000`). So:

* the sandbox's `Decimal` and `Context` are subclasses of CPython's whose operations report
  their time and result size to the run (refusing with a tripped TimeoutError/MemoryError
  what cannot finish) and whose results are sandbox `Decimal`s again; every `Decimal` the
  program can hold is one of them, so `int(d)`, `math.floor(d)`, `'%d' % d`, `round(d)`,
  `d.as_integer_ratio()`, `Fraction(d)` and `statistics` on decimals all go through these
  checks, whatever C or library code calls them;
* precision and exponent limits are CPython's (`prec` up to `MAX_PREC`): a huge precision is
  allowed, and what it would cost is what stops a computation (`getcontext().prec = 10**9`
  then `Decimal(1) / 3` trips the memory or time limit);
* the context is per run: the run starts with a fresh context equal to CPython's default, set
  on the run's own thread context (never the host's nor another run's); `getcontext`,
  `setcontext` and `localcontext` work on it; `DefaultContext`, `BasicContext` and
  `ExtendedContext` are per-run copies (changing them never changes the host's templates);
* `Context.copy()` and `localcontext()` give sandbox contexts (CPython's would give a plain
  `Context`, whose methods are not checked).
"""

from __future__ import annotations

import decimal
import fractions
import math
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..execute.costs import gcd_seconds, pow_seconds
from ..execute.sizes import MAX_INT_BITS, SizeLimitError
from ..policy import register_host_type, register_writable
from . import register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

_LOG2_10 = math.log2(10)
#: Digits (of operands or precision) below which an operation is not priced.
_CHEAP_DIGITS = 2000
#: Seconds per digit of linear work (additions, comparisons, quantize...).
_LINEAR = 1e-9
#: Seconds per digit of a multiplication (number-theoretic transform, with its log factor).
_MULTIPLY = 1e-6
#: Seconds per digit of a division or remainder (Newton iterations of multiplications).
_DIVIDE = 5e-6
#: Seconds per digit ** 1.5 of a square root.
_SQRT = 1.5e-7
#: Seconds per digit ** 2 of `ln`, `log10`, `exp` and non-integral powers.
_TRANSCENDENTAL = 1e-7
#: Seconds per digit ** 2 of a conversion between a decimal and an int (both quadratic).
_CONVERT = 4e-11
#: Digits of a float converted exactly (`Decimal(5e-324)` has 751).
_FLOAT_DIGITS = 800

_KINDS: dict[str, str] = {}
for _kind, _names in {
    "multiply": "__mul__ __rmul__ multiply fma",
    "divide": "__truediv__ __rtruediv__ __floordiv__ __rfloordiv__ __mod__ __rmod__ __divmod__ "
    "__rdivmod__ divide divide_int divmod remainder remainder_near",
    "sqrt": "sqrt",
    "transcendental": "ln log10 exp power __pow__ __rpow__",
}.items():
    _KINDS.update(dict.fromkeys(_names.split(), _kind))


def _current() -> Runtime | None:
    from ..execute.runtime import CURRENT

    return CURRENT.get(None)


def _digits(value: Any) -> int:
    """An upper bound on the coefficient digits of a decimal (0 for anything else)."""
    if isinstance(value, Decimal):
        return value._n
    if isinstance(value, decimal.Decimal):
        return len(value.as_tuple().digits)
    return 0


def _int_digits(rt: Runtime, value: int) -> int:
    """Digits of an int operand, after reporting the cost of converting it to a decimal."""
    bits = int.bit_length(value)
    digits = int(bits / _LOG2_10) + 1
    if digits > _CHEAP_DIGITS:
        rt.spend(_CONVERT * digits * digits, "converting an int to a Decimal")
    return digits


def _context_of(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The context an operation rounds to: a context argument, else the current one."""
    ctx = kwargs.get("context")
    if isinstance(ctx, decimal.Context):
        return ctx
    for arg in args:
        if isinstance(arg, decimal.Context):
            return arg
    return decimal.getcontext()


def _cost(kind: str, operands: tuple[Any, ...], ctx: Any) -> None:
    """Report the time and result size of a decimal operation on `operands` under `ctx`."""
    rt = _current()
    if rt is None:
        return
    digits = 0
    for value in operands:
        if isinstance(value, int) and not isinstance(value, bool):
            if int.bit_length(value) > 6000:
                digits = max(digits, _int_digits(rt, value))
        elif isinstance(value, fractions.Fraction):
            for part in (value.numerator, value.denominator):
                if int.bit_length(part) > 6000:
                    digits = max(digits, _int_digits(rt, part))
        elif isinstance(value, decimal.Decimal):
            digits = max(digits, _digits(value))
    prec = ctx.prec
    size = max(digits, prec)
    if size <= _CHEAP_DIGITS:
        return
    if kind == "transcendental":
        seconds = _TRANSCENDENTAL * size * size
    elif kind == "sqrt":
        seconds = _SQRT * size**1.5
    elif kind == "divide":
        seconds = _DIVIDE * size
    elif kind == "multiply":
        seconds = _MULTIPLY * size
    else:
        seconds = _LINEAR * size
    if prec > _CHEAP_DIGITS:
        rt.allocate(prec)
    rt.spend(seconds, "a Decimal operation")


def _wrap(value: Any, digits: int | None = None) -> Any:
    """Results of CPython's operations are plain `decimal.Decimal`s: make them sandbox ones."""
    tp = type(value)
    if tp is decimal.Decimal:
        result = decimal.Decimal.__new__(Decimal, value)
        result._n = len(value.as_tuple().digits) if digits is None else digits
        return result
    if tp is tuple:
        return tuple(_wrap(v) for v in value)
    return value


def _int_cost(value: decimal.Decimal, what: str) -> None:
    """Report converting a decimal to an int (quadratic in the int's digits)."""
    rt = _current()
    if rt is None or not value.is_finite():
        return
    digits = value.adjusted() + 1
    if digits <= _CHEAP_DIGITS:
        return
    bits = int(digits * _LOG2_10) + 1
    if bits > MAX_INT_BITS:
        rt.refuse_size(SizeLimitError(f"{what}: an integer of about {bits} bits is too large"))
    rt.allocate(bits // 8)
    rt.spend(_CONVERT * digits * digits, what)


class Decimal(decimal.Decimal):
    """`decimal.Decimal` whose operations report their cost; see the module docstring."""

    __slots__ = ("_n",)
    _n: int

    def __new__(cls, value: Any = "0", context: Any = None) -> Decimal:
        rt = _current()
        if isinstance(value, str):
            digits = len(value)
        elif isinstance(value, int):
            digits = _int_digits(rt, value) if rt is not None else int.bit_length(value)
        elif isinstance(value, float):
            digits = _FLOAT_DIGITS
        elif isinstance(value, decimal.Decimal):
            digits = _digits(value)
        elif isinstance(value, list | tuple) and len(value) == 3:
            coefficient: Any = value[1]
            digits = len(coefficient) if isinstance(coefficient, list | tuple) else 0
        else:
            digits = 0
        raw: Any = value
        self = decimal.Decimal.__new__(cls, raw, context)
        self._n = digits
        return self

    def __int__(self) -> int:
        _int_cost(self, "int()")
        return decimal.Decimal.__int__(self)

    def __trunc__(self) -> int:
        _int_cost(self, "math.trunc()")
        return decimal.Decimal.__trunc__(self)

    def __floor__(self) -> int:
        _int_cost(self, "math.floor()")
        return decimal.Decimal.__floor__(self)

    def __ceil__(self) -> int:
        _int_cost(self, "math.ceil()")
        return decimal.Decimal.__ceil__(self)

    def __round__(self, ndigits: Any = None) -> Any:
        if ndigits is None:
            _int_cost(self, "round()")
            return decimal.Decimal.__round__(self)
        _cost("linear", (self,), decimal.getcontext())
        return _wrap(decimal.Decimal.__round__(self, ndigits))

    def as_integer_ratio(self) -> tuple[int, int]:
        rt = _current()
        if rt is not None and self.is_finite():
            exponent = self.as_tuple().exponent
            assert isinstance(exponent, int)
            digits = self._n + abs(exponent)
            if digits > _CHEAP_DIGITS:
                bits = int(digits * _LOG2_10) + 1
                if bits > MAX_INT_BITS:
                    rt.refuse_size(
                        SizeLimitError(
                            f"as_integer_ratio(): integers of about {bits} bits are too large"
                        )
                    )
                rt.allocate(bits // 8)
                seconds = _CONVERT * self._n * self._n + pow_seconds(bits)
                rt.spend(seconds + gcd_seconds(bits, bits), "as_integer_ratio()")
        return decimal.Decimal.as_integer_ratio(self)

    def __format__(self, spec: Any, context: Any = None, /) -> str:
        rt = _current()
        if rt is not None and isinstance(spec, str) and self.is_finite():
            exponent = self.as_tuple().exponent
            assert isinstance(exponent, int)
            size = self._n + abs(exponent) + _precision(spec)
            if size > 100_000:
                rt.allocate(size * 4)
        if context is None:
            return decimal.Decimal.__format__(self, spec)
        return decimal.Decimal.__format__(self, spec, context)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Decimal, (str(self),))

    __hash__ = decimal.Decimal.__hash__


_SPEC_PRECISION = re.compile(r"\.(\d+)")


def _precision(spec: str) -> int:
    """The precision a format spec asks for (0 when none)."""
    m = _SPEC_PRECISION.search(spec)
    return int(m.group(1)) if m is not None and len(m.group(1)) < 12 else 0


def _decimal_method(name: str) -> Callable[..., Any]:
    base: Any = getattr(decimal.Decimal, name)
    kind = _KINDS.get(name, "linear")

    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        ctx = _context_of(args, kwargs)
        _cost(kind, (self, *args), ctx)
        result = base(self, *args, **kwargs)
        if type(result) is decimal.Decimal or type(result) is tuple:
            return _wrap(result)
        return result

    method.__name__ = method.__qualname__ = name
    return method


_DECIMAL_METHODS = (
    "adjusted canonical compare compare_signal compare_total compare_total_mag conjugate "
    "copy_abs copy_negate copy_sign exp fma ln log10 logb logical_and logical_invert logical_or "
    "logical_xor max max_mag min min_mag next_minus next_plus next_toward normalize quantize "
    "remainder_near rotate same_quantum scaleb shift sqrt to_integral to_integral_exact "
    "to_integral_value __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __add__ __radd__ __sub__ "
    "__rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ "
    "__neg__ __pos__ __abs__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__"
)
for _name in _DECIMAL_METHODS.split():
    setattr(Decimal, _name, _decimal_method(_name))
Decimal.__module__ = "decimal"
Decimal.__qualname__ = "Decimal"


class Context(decimal.Context):
    """`decimal.Context` whose operations report their cost and return sandbox decimals."""

    __slots__ = ()

    def copy(self) -> Context:
        return _copy_context(self)

    def create_decimal(self, num: Any = "0", /) -> Any:
        _cost("linear", (num,), self)
        return _wrap(decimal.Context.create_decimal(self, num))

    def create_decimal_from_float(self, f: Any, /) -> Any:
        return _wrap(decimal.Context.create_decimal_from_float(self, f))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_copy_context, (self,))


def _context_method(name: str) -> Callable[..., Any]:
    base: Any = getattr(decimal.Context, name)
    kind = _KINDS.get(name, "linear")

    def method(self: Any, *args: Any) -> Any:
        _cost(kind, args, self)
        result = base(self, *args)
        if type(result) is decimal.Decimal or type(result) is tuple:
            return _wrap(result)
        return result

    method.__name__ = method.__qualname__ = name
    return method


_CONTEXT_OPERATIONS = (
    "abs add canonical compare compare_signal compare_total compare_total_mag copy_abs "
    "copy_decimal copy_negate copy_sign divide divide_int divmod exp fma ln log10 logb "
    "logical_and logical_invert logical_or logical_xor max max_mag min min_mag minus multiply "
    "next_minus next_plus next_toward normalize plus power quantize remainder remainder_near "
    "rotate same_quantum scaleb shift sqrt subtract to_integral to_integral_exact "
    "to_integral_value"
)
for _name in _CONTEXT_OPERATIONS.split():
    setattr(Context, _name, _context_method(_name))
Context.__module__ = "decimal"
Context.__qualname__ = "Context"

_CONTEXT_FIELDS = "prec rounding Emin Emax capitals clamp"


def _copy_context(ctx: Any) -> Context:
    """A sandbox copy of any context (its settings, flags and traps)."""
    return Context(
        prec=ctx.prec,
        rounding=ctx.rounding,
        Emin=ctx.Emin,
        Emax=ctx.Emax,
        capitals=ctx.capitals,
        clamp=ctx.clamp,
        flags=[s for s, v in ctx.flags.items() if v],
        traps=[s for s, v in ctx.traps.items() if v],
    )


class LocalContext:
    """`decimal.localcontext()`: a sandbox copy of a context, current inside the block."""

    def __init__(self, rt: Runtime, ctx: Any, kwargs: dict[str, Any]) -> None:
        self._rt = rt
        self._ctx = ctx
        self._kwargs = kwargs
        self._saved: Any = None

    def __enter__(self) -> Context:
        self._saved = _run_context(self._rt)
        new = _copy_context(self._saved if self._ctx is None else self._ctx)
        for key, value in self._kwargs.items():
            setattr(new, key, value)
        _set_run_context(self._rt, new)
        return new

    def __exit__(self, *exc_info: Any) -> None:
        _set_run_context(self._rt, self._saved)


def _run_context(rt: Runtime) -> Context:
    """The run's current context (the one its thread context holds)."""
    current = decimal.getcontext()
    if type(current) is not Context:
        current = rt.decimal_context
        decimal.setcontext(current)
    return current


def _set_run_context(rt: Runtime, ctx: Context) -> None:
    rt.decimal_context = ctx
    decimal.setcontext(ctx)


# the names are allowed where CPython's classes define them (the subclasses inherit them)
for _cls in (Decimal, decimal.Decimal):
    register_host_type(_cls, " ".join(n for n in dir(Decimal) if not n.startswith("_")))
for _cls in (Context, decimal.Context):
    register_host_type(
        _cls,
        " ".join(n for n in dir(Context) if not n.startswith("_"))
        + " flags traps "
        + _CONTEXT_FIELDS,
    )
register_writable(Context, _CONTEXT_FIELDS)
register_host_type(LocalContext, "__enter__ __exit__")
register_host_type(type(decimal.Context().flags), "keys values items get copy")
register_host_type(decimal.DecimalTuple, "sign digits exponent count index _asdict _fields")

_CONTEXT_KEYWORDS = frozenset(_CONTEXT_FIELDS.split()) | {"flags", "traps"}


def stand_in_classes() -> None:
    """Make CPython's classes read as the sandbox's (`Decimal.__bases__[0]` would otherwise
    hand out a class whose instances are not checked)."""
    from ..builtins import PROXIES

    PROXIES.update({decimal.Decimal: Decimal, decimal.Context: Context})


@register("decimal")
def _decimal(rt: Runtime) -> dict[str, Any]:
    stand_in_classes()
    _set_run_context(rt, Context(**_settings(decimal.DefaultContext)))

    def getcontext() -> Context:
        return _run_context(rt)

    def setcontext(context: Any, /) -> None:
        if not isinstance(context, Context):
            raise TypeError("argument must be a context")
        _set_run_context(rt, context)

    def localcontext(ctx: Any = None, **kwargs: Any) -> LocalContext:
        if ctx is not None and not isinstance(ctx, Context):
            raise TypeError("optional argument must be a context")
        for key in kwargs:
            if key not in _CONTEXT_KEYWORDS:
                raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        return LocalContext(rt, ctx, kwargs)

    names = (
        "Clamped ConversionSyntax DecimalException DecimalTuple DivisionByZero "
        "DivisionImpossible DivisionUndefined FloatOperation HAVE_CONTEXTVAR HAVE_THREADS "
        "Inexact InvalidContext InvalidOperation MAX_EMAX MAX_PREC MIN_EMIN MIN_ETINY Overflow "
        "ROUND_05UP ROUND_CEILING ROUND_DOWN ROUND_FLOOR ROUND_HALF_DOWN ROUND_HALF_EVEN "
        "ROUND_HALF_UP ROUND_UP Rounded Subnormal Underflow"
    )
    exports: dict[str, Any] = {n: getattr(decimal, n) for n in names.split()}
    exports.update(
        Decimal=Decimal,
        Context=Context,
        getcontext=getcontext,
        setcontext=setcontext,
        localcontext=localcontext,
        DefaultContext=Context(**_settings(decimal.DefaultContext)),
        BasicContext=Context(**_settings(decimal.BasicContext)),
        ExtendedContext=Context(**_settings(decimal.ExtendedContext)),
    )
    return exports


def _settings(ctx: Any) -> dict[str, Any]:
    """The constructor arguments that make a copy of `ctx` (without its flags)."""
    return {
        "prec": ctx.prec,
        "rounding": ctx.rounding,
        "Emin": ctx.Emin,
        "Emax": ctx.Emax,
        "capitals": ctx.capitals,
        "clamp": ctx.clamp,
        "traps": [s for s, v in ctx.traps.items() if v],
    }
