# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false
"""Sandbox modules for computing: `math`, `functools`, `itertools`, `collections`,
`operator`, `string`, `json`.

Review notes: functions that loop in C over an argument get the run's ticking view of it
(`math.prod`, `math.fsum`, `functools.reduce`, `itertools` combinatorics, `Counter(...)`);
functions whose result size an argument controls are bounded (`math.factorial`,
`math.comb`, `math.perm`, `json.dumps(indent=...)`); `operator.attrgetter` and
`methodcaller` go through the attribute policy; `json`'s `cls=` hook is refused.
"""

from __future__ import annotations

import collections
import functools
import itertools
import json
import math
import operator
import string
from typing import TYPE_CHECKING, Any

from ..execute.costs import (
    comb_seconds,
    div_seconds,
    factorial_seconds,
    gcd_seconds,
    isqrt_seconds,
    mul_seconds,
)
from ..execute.sizes import MAX_INT_BITS
from ..policy import register_host_type
from . import ALLOWED_BASES, register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

register_host_type(functools.partial, "func args keywords")
# update_wrapper copies __module__, __name__, __qualname__, __doc__ (and __dict__) of the
# wrapped callable, which the sandbox handed in: it could read them on that callable too.
register_host_type(
    type(functools.lru_cache()(lambda: None)),
    "cache_info cache_clear cache_parameters __wrapped__ __name__ __qualname__ __module__",
)
register_host_type(
    type(functools.lru_cache()(lambda: None).cache_info()),
    "hits misses maxsize currsize count index _asdict _fields",
)
register_host_type(itertools.chain, "from_iterable")
register_host_type(collections.Counter, "most_common elements subtract update total", public=False)
register_host_type(collections.OrderedDict, "move_to_end popitem")
register_host_type(collections.defaultdict, "default_factory")
register_host_type(collections.deque, public=True)
register_host_type(
    collections.ChainMap,
    "maps new_child parents get keys values items pop popitem clear copy setdefault update",
)
# Template substitutes from a mapping only (no attribute access); it cannot be subclassed in
# the sandbox, so its regular expression is always the stdlib's own.
register_host_type(string.Template, "template substitute safe_substitute get_identifiers is_valid")
register_host_type(json.JSONDecodeError, "msg doc pos lineno colno")
ALLOWED_BASES.update(
    {
        collections.Counter,
        collections.OrderedDict,
        collections.defaultdict,
        collections.deque,
        collections.ChainMap,
    }
)


def _bounded(rt: Runtime, bits: int, what: str) -> None:
    if bits > MAX_INT_BITS:
        raise OverflowError(f"{what}: result would be too large for the sandbox")
    rt.allocate(bits // 8)


def _log2_factorial(n: int) -> int:
    """Bits of `n!` (rounded up)."""
    return int(math.lgamma(n + 1) / _LN2) + 1 if n < 1 << 50 else n * n.bit_length()


def _comb_bits(n: int, k: int) -> int:
    """Bits of `math.comb(n, k)` (rounded up), for 0 <= k <= n."""
    if n >= 1 << 50:
        return k * n.bit_length()
    log = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return int(log / _LN2) + 2


def _perm_bits(n: int, k: int) -> int:
    """Bits of `math.perm(n, k)` (rounded up), for 0 <= k <= n."""
    if n >= 1 << 50:
        return k * n.bit_length()
    return int((math.lgamma(n + 1) - math.lgamma(n - k + 1)) / _LN2) + 2


_LN2 = math.log(2)


@register("math")
def _math(rt: Runtime) -> dict[str, Any]:
    exports = {n: getattr(math, n) for n in dir(math) if not n.startswith("_")}

    def factorial(n: Any, /) -> int:
        n = operator.index(n)
        if n > 2_000:
            bits = _log2_factorial(n)
            _bounded(rt, bits, "factorial")
            rt.spend(factorial_seconds(bits), "math.factorial()")
        return math.factorial(n)

    def comb(n: Any, k: Any, /) -> int:
        n, k = operator.index(n), operator.index(k)
        if 0 <= k <= n and n > 2_000:
            k = min(k, n - k)
            bits = _comb_bits(n, k)
            _bounded(rt, bits, "comb")
            rt.spend(comb_seconds(bits, k), "math.comb()")
        return math.comb(n, k)

    def perm(n: Any, k: Any = None, /) -> int:
        n = operator.index(n)
        k = None if k is None else operator.index(k)
        count = n if k is None else k
        if 0 <= count <= n and n > 2_000:
            bits = _perm_bits(n, count)
            _bounded(rt, bits, "perm")
            rt.spend(factorial_seconds(bits), "math.perm()")
        return math.perm(n, k)

    def gcd(*integers: Any) -> int:
        values = [operator.index(v) for v in integers]
        sizes = [v.bit_length() for v in values]
        if len(sizes) > 1 and max(sizes) > 2048:
            rt.spend(sum(gcd_seconds(sizes[0], b) for b in sizes[1:]), "math.gcd()")
        return math.gcd(*values)

    def lcm(*integers: Any) -> int:
        values = [operator.index(v) for v in integers]
        bits, seconds = 0, 0.0
        for v in values:
            vb = v.bit_length()
            seconds += gcd_seconds(bits, vb) + div_seconds(bits, min(bits, vb) // 2)
            seconds += mul_seconds(bits, vb)
            bits += vb
        if bits > 64:
            _bounded(rt, bits, "lcm")
            rt.spend(seconds, "math.lcm()")
        return math.lcm(*values)

    def isqrt(n: Any, /) -> int:
        n = operator.index(n)
        if n.bit_length() > 4096:
            rt.spend(isqrt_seconds(n.bit_length()), "math.isqrt()")
        return math.isqrt(n)

    def prod(iterable: Any, /, *, start: Any = 1) -> Any:
        # CPython multiplies in C without a size check: here each product goes through the
        # `*` guard (size and time of big-int products), and consuming the iterable ticks
        result = start
        mul = rt.mul
        for item in rt.ticking(iterable):
            result = mul(result, item)
        return result

    def fsum(iterable: Any, /) -> float:
        return math.fsum(rt.ticking(iterable))

    def pow_(x: float, y: float, /) -> float:
        return math.pow(x, y)

    exports.update(factorial=factorial, comb=comb, perm=perm, prod=prod, fsum=fsum, pow=pow_)
    exports.update(gcd=gcd, lcm=lcm, isqrt=isqrt)
    return exports


@register("functools")
def _functools(rt: Runtime) -> dict[str, Any]:
    _missing = object()

    def reduce(function: Any, iterable: Any, initial: Any = _missing, /) -> Any:
        if initial is _missing:
            return functools.reduce(function, rt.ticking(iterable))
        return functools.reduce(function, rt.ticking(iterable), initial)

    def update_wrapper(
        wrapper: Any,
        wrapped: Any,
        assigned: Any = functools.WRAPPER_ASSIGNMENTS,
        updated: Any = functools.WRAPPER_UPDATES,
    ) -> Any:
        # CPython's version reads and writes the named attributes natively: here every read
        # and write goes through the attribute policy.
        for attr in assigned:
            try:
                value = rt.ga(wrapped, attr)
            except AttributeError:
                continue
            rt.sa(wrapper, attr, value)
        for attr in updated:
            rt.ga(wrapper, attr).update(getattr_default(wrapped, attr))
        rt.sa(wrapper, "__wrapped__", wrapped)
        return wrapper

    def getattr_default(obj: Any, attr: str) -> Any:
        try:
            return rt.ga(obj, attr)
        except AttributeError:
            return {}

    def wraps(
        wrapped: Any,
        assigned: Any = functools.WRAPPER_ASSIGNMENTS,
        updated: Any = functools.WRAPPER_UPDATES,
    ) -> Any:
        return functools.partial(
            update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated
        )

    names = "partial lru_cache cache cached_property total_ordering cmp_to_key WRAPPER_ASSIGNMENTS WRAPPER_UPDATES"
    exports: dict[str, Any] = {n: getattr(functools, n) for n in names.split()}
    exports.update(reduce=reduce, update_wrapper=update_wrapper, wraps=wraps)
    return exports


#: itertools classes that wrap another iterator (their nesting depth is bounded)
_NESTABLE = [
    "accumulate",
    "chain",
    "compress",
    "dropwhile",
    "filterfalse",
    "groupby",
    "islice",
    "pairwise",
    "starmap",
    "takewhile",
    "zip_longest",
]


@register("itertools")
def _itertools(rt: Runtime) -> dict[str, Any]:
    names = "accumulate chain compress count cycle dropwhile filterfalse groupby islice pairwise repeat starmap takewhile tee zip_longest"
    exports: dict[str, Any] = {n: getattr(itertools, n) for n in names.split()}

    def pools(iterables: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        return [tuple(rt.ticking(it)) for it in iterables]

    def product(*iterables: Any, repeat: int = 1) -> Any:
        return itertools.product(*pools(iterables), repeat=repeat)

    def permutations(iterable: Any, r: int | None = None) -> Any:
        return itertools.permutations(tuple(rt.ticking(iterable)), r)

    def combinations(iterable: Any, r: int) -> Any:
        return itertools.combinations(tuple(rt.ticking(iterable)), r)

    def combinations_with_replacement(iterable: Any, r: int) -> Any:
        return itertools.combinations_with_replacement(tuple(rt.ticking(iterable)), r)

    def ticking(factory: Any) -> Any:
        # Infinite or combinatorial sources tick as they are consumed, even by C code.
        def make(*args: Any, **kwargs: Any) -> Any:
            return rt.ticking(factory(*args, **kwargs))

        make.__name__ = make.__qualname__ = factory.__name__
        return make

    from ..builtins import PROXIES

    for name in _NESTABLE:
        exports[name] = PROXIES[getattr(itertools, name)]
    for name in ("count", "cycle", "repeat"):
        exports[name] = ticking(getattr(itertools, name))
    product, permutations = ticking(product), ticking(permutations)
    combinations = ticking(combinations)
    combinations_with_replacement = ticking(combinations_with_replacement)
    exports.update(
        product=product,
        permutations=permutations,
        combinations=combinations,
        combinations_with_replacement=combinations_with_replacement,
    )
    return exports


@register("collections")
def _collections(rt: Runtime) -> dict[str, Any]:
    from ..builtins import PROXIES

    def namedtuple(
        typename: str,
        field_names: Any,
        *,
        rename: bool = False,
        defaults: Any = None,
        module: Any = None,
    ) -> type:
        cls = collections.namedtuple(  # pyright: ignore[reportUntypedNamedTuple]
            typename, field_names, rename=rename, defaults=defaults, module="__main__"
        )
        return rt.register_class(cls)

    # the stand-ins shared with `type(x)`, so that `type(d) is collections.deque` holds
    return {
        "Counter": PROXIES[collections.Counter],
        "OrderedDict": PROXIES[collections.OrderedDict],
        "deque": PROXIES[collections.deque],
        "defaultdict": PROXIES[collections.defaultdict],
        "ChainMap": PROXIES[collections.ChainMap],
        "namedtuple": namedtuple,
    }


@register("operator")
def _operator(rt: Runtime) -> dict[str, Any]:
    exports = {n: getattr(operator, n) for n in dir(operator) if not n.startswith("_")}

    def attrgetter(*names: str) -> Any:
        for name in names:
            if type(name) is not str:
                raise TypeError("attribute name must be a string")

        def resolve(obj: Any, dotted: str) -> Any:
            for part in dotted.split("."):
                obj = rt.ga(obj, part)
            return obj

        if len(names) == 1:
            return lambda obj: resolve(obj, names[0])
        return lambda obj: tuple(resolve(obj, n) for n in names)

    def methodcaller(name: str, /, *args: Any, **kwargs: Any) -> Any:
        if type(name) is not str:
            raise TypeError("method name must be a string")
        return lambda obj: rt.ga(obj, name)(*args, **kwargs)

    exports.update(
        attrgetter=attrgetter,
        methodcaller=methodcaller,
        mul=rt.mul,
        __mul__=rt.mul,
        imul=rt.imul,
        pow=rt.pow,
        ipow=rt.ipow,
        lshift=rt.lshift,
        ilshift=rt.ilshift,
        mod=rt.mod,
        imod=rt.imod,
        __mod__=rt.mod,
        floordiv=rt.floordiv,
        __floordiv__=rt.floordiv,
        ifloordiv=rt.ifloordiv,
        __pow__=rt.pow,
        iadd=rt.iadd,
        add=rt.add,
        __add__=rt.add,
        concat=rt.add,
        iconcat=rt.iadd,
        ior=rt.ior,
        contains=lambda a, b: rt.contains(b, a),
        countOf=lambda a, b: operator.countOf(rt.ticking(a), b),
        indexOf=lambda a, b: operator.indexOf(rt.tick_each(a), b),
    )
    return {k: v for k, v in exports.items() if not k.startswith("__")}


@register("string")
def _string(rt: Runtime) -> dict[str, Any]:
    names = "ascii_letters ascii_lowercase ascii_uppercase digits hexdigits octdigits printable punctuation whitespace capwords Template"
    return {n: getattr(string, n) for n in names.split()}


def _checked_json(rt: Runtime, obj: Any, indent: Any, separators: int = 0) -> Any:
    """`obj`, after refusing (tripping a limit) a `json.dumps` of it that would expand
    shared or deeply indented values, or long separators, past the run's time or memory."""
    from ..builtins.dags import charge_expansion, measure

    if type(obj) in (int, float, bool, str, type(None)):
        return obj
    size = measure(obj, rt.slow_tick)
    lines = size.items + size.containers
    width = len(indent) if isinstance(indent, str) else indent if isinstance(indent, int) else 0
    # every item of an indented dump starts a line indented by its depth; every item is
    # followed by a separator (and a dict item has a key separator too)
    extra = lines * (max(width, 0) * size.depth + 1) if width else 0
    extra += lines * separators
    charge_expansion(rt, size, "json.dumps()", extra)
    return obj


@register("json")
def _json(rt: Runtime) -> dict[str, Any]:
    def dumps(obj: Any, *, indent: Any = None, cls: Any = None, **kwargs: Any) -> str:
        if cls is not None:
            raise TypeError("json.dumps(cls=...) is not supported in the sandbox")
        if (isinstance(indent, int) and indent > 1000) or (
            isinstance(indent, str) and len(indent) > 1000
        ):
            raise ValueError("json.dumps: indent is too large for the sandbox")
        default = kwargs.get("default")
        separators = kwargs.get("separators")
        sep = sum(len(s) for s in separators if isinstance(s, str)) if separators else 0
        if default is not None:
            kwargs["default"] = lambda value: _checked_json(rt, default(value), indent, sep)
        _checked_json(rt, obj, indent, sep)
        return json.dumps(obj, indent=indent, **kwargs)

    def loads(s: Any, *, cls: Any = None, **kwargs: Any) -> Any:
        if cls is not None:
            raise TypeError("json.loads(cls=...) is not supported in the sandbox")
        return json.loads(s, **kwargs)

    return {"dumps": dumps, "loads": loads, "JSONDecodeError": json.JSONDecodeError}
