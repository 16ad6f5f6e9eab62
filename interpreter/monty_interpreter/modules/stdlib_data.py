# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false
"""Sandbox modules for computing: `math`, `functools`, `itertools`, `collections`,
`operator`, `string`, `json`.

Review notes: functions that loop in C over an argument get the run's ticking view of it
(`math.prod`, `math.fsum`, `functools.reduce`, `itertools` combinatorics, `Counter(...)`);
functions whose result size an argument controls are bounded (`math.factorial`,
`math.comb`, `math.perm`; `json.dumps` encodes anything but a small document incrementally,
ticking and reporting its size); `operator.attrgetter` and
`methodcaller` go through the attribute policy; `json`'s `cls=` hook is refused.
"""

from __future__ import annotations

import collections
import functools
import itertools
import json
import math
import operator
import re
import string
import sys
from typing import TYPE_CHECKING, Any

from ..execute.costs import (
    comb_seconds,
    div_seconds,
    factorial_seconds,
    gcd_seconds,
    isqrt_seconds,
    mul_seconds,
)
from ..execute.sizes import MAX_INT_BITS, SMALL_INPUT, char_width, split_pieces, split_size
from ..policy import register_host_type
from . import ALLOWED_BASES, register
from .re_module import shared_pattern

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


class Template(string.Template):
    """`string.Template` whose regular expressions run on the sandbox's `re` (the `regex`
    engine with the run's time limit): a subclass may set `pattern`, `delimiter`,
    `idpattern`, `braceidpattern` or `flags`, and CPython's own `__init_subclass__` would
    compile them with the host's `re`, which has no timeout."""

    def __init_subclass__(cls) -> None:
        super(string.Template, cls).__init_subclass__()
        if "pattern" in cls.__dict__:
            pattern: Any = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            id_ = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = rf"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id_})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        cls.pattern = shared_pattern(pattern, cls.flags | re.VERBOSE)  # type: ignore[assignment]

    # Defined here so the attribute policy finds them on this class (the real
    # `string.Template` stays unreachable as a base: its subclasses compile on the host).
    def substitute(self, *args: Any, **kws: Any) -> str:
        return super().substitute(*args, **kws)

    def safe_substitute(self, *args: Any, **kws: Any) -> str:
        return super().safe_substitute(*args, **kws)

    def is_valid(self) -> bool:
        return super().is_valid()

    def get_identifiers(self) -> list[str]:
        return super().get_identifiers()


Template.__module__ = "string"
Template.pattern = shared_pattern(string.Template.pattern.pattern, string.Template.pattern.flags)  # type: ignore[assignment]
# Template substitutes from a mapping only (no attribute access).
register_host_type(Template, "template substitute safe_substitute get_identifiers is_valid")
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


#: Bytes one `itertools.tee` iterator takes (object and its slot in the result tuple).
_TEE_SIZE = 80


@register("itertools")
def _itertools(rt: Runtime) -> dict[str, Any]:
    names = "accumulate chain compress count cycle dropwhile filterfalse groupby islice pairwise repeat starmap takewhile tee zip_longest"
    exports: dict[str, Any] = {n: getattr(itertools, n) for n in names.split()}

    def pools(iterables: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        return [tuple(rt.items(it)) for it in iterables]

    def slots(count: Any) -> None:
        # the C constructors allocate index arrays (and each result tuple) of this length
        if type(count) is int and count > SMALL_INPUT:
            rt.allocate(count * 24)

    def product(*iterables: Any, repeat: int = 1) -> Any:
        if type(repeat) is int:
            slots(len(iterables) * repeat)
        return itertools.product(*pools(iterables), repeat=repeat)

    def permutations(iterable: Any, r: int | None = None) -> Any:
        pool = tuple(rt.items(iterable))
        slots(len(pool) + r if type(r) is int else 2 * len(pool))
        return itertools.permutations(pool, r)

    def combinations(iterable: Any, r: int) -> Any:
        slots(r)
        return itertools.combinations(tuple(rt.items(iterable)), r)

    def combinations_with_replacement(iterable: Any, r: int) -> Any:
        slots(r)
        return itertools.combinations_with_replacement(tuple(rt.items(iterable)), r)

    def tee(iterable: Any, n: int = 2, /) -> tuple[Any, ...]:
        if type(n) is int and n > 64:
            rt.allocate(n * _TEE_SIZE)
        return itertools.tee(iterable, n)

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
        tee=tee,
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
    names = "ascii_letters ascii_lowercase ascii_uppercase digits hexdigits octdigits printable punctuation whitespace"

    def capwords(s: Any, sep: Any = None) -> str:
        if isinstance(s, str) and len(s) > SMALL_INPUT:
            rt.allocate(2 * split_size(s, split_pieces(s, sep, -1)))  # words, capitalized
        return string.capwords(s, sep)

    exports = {n: getattr(string, n) for n in names.split()}
    return {**exports, "capwords": capwords, "Template": Template}


#: A JSON document whose estimate is this small is not reported to the tracker.
_SMALL_JSON = 64 * 1024
#: How many values the estimate looks at before handing the document to the incremental
#: encoder instead of CPython's C one.
_JSON_ESTIMATE_NODES = 50_000
_JSON_SCALARS = (bool, type(None), float)


def _json_text_size(s: str) -> int:
    """An upper bound on the characters `json.dumps(s)` takes."""
    if len(s) <= 64:
        return 6 * len(s) + 2
    if s.isascii() and s.isprintable():
        return len(s) + 2 + s.count('"') + s.count("\\")
    return (12 if char_width(s) == 4 else 6) * len(s) + 2


def _json_estimate(
    obj: Any, indent: Any, separators: tuple[str, str], ensure_ascii: bool
) -> int | None:
    """An upper bound on the bytes `json.dumps(obj)` takes, from a walk of at most
    `_JSON_ESTIMATE_NODES` values of builtin JSON types; None past that, or when a value
    is of another type (a `default` hook or a subclass decides what it encodes to)."""
    pad = len(indent) if isinstance(indent, str) else indent if type(indent) is int else 0
    per_item = max(len(separators[0]), len(separators[1])) + 1
    total, budget, width = 0, _JSON_ESTIMATE_NODES, 1
    stack: list[tuple[Any, int]] = [(obj, 0)]
    while stack:
        value, depth = stack.pop()
        budget -= 1
        if budget < 0:
            return None
        tp = type(value)
        if tp is str:
            total += _json_text_size(value)
            if not ensure_ascii and not value.isascii():
                width = max(width, char_width(value))
        elif tp is int:
            total += value.bit_length() // 3 + 2
        elif tp in _JSON_SCALARS:
            total += 24
        elif tp is list or tp is tuple or tp is dict:
            total += 2 + (len(value) + 1) * (per_item + max(pad, 0) * (depth + 1))
            if len(stack) + 2 * len(value) > budget:
                return None  # every value on the stack will be visited
            if tp is dict:
                for key, item in value.items():
                    stack.append((key, depth + 1))
                    stack.append((item, depth + 1))
            else:
                stack.extend((item, depth + 1) for item in value)
        else:
            return None
    return total * width


def _float_text(allow_nan: bool, c_message: bool) -> Any:
    """The float formatter `json` uses (CPython's C encoder words its error without the value)."""

    def floatstr(o: float) -> str:
        if o != o:
            text = "NaN"
        elif o == math.inf:
            text = "Infinity"
        elif o == -math.inf:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not allow_nan:
            message = "Out of range float values are not JSON compliant"
            raise ValueError(message if c_message else f"{message}: {o!r}")
        return text

    return floatstr


def _dumps_ticking(rt: Runtime, obj: Any, encoder: Any) -> str:
    """`encoder.encode(obj)` by CPython's pure-Python encoder, consumed in batches that tick
    and report their size, so a document that grows with depth x repetitions (indents,
    long separators, shared sub-lists) stops at the memory limit."""
    make: Any = vars(json.encoder)["_make_iterencode"]
    chunks = make(
        {} if encoder.check_circular else None,
        encoder.default,
        json.encoder.encode_basestring_ascii  # pyright: ignore[reportAttributeAccessIssue]
        if encoder.ensure_ascii
        else json.encoder.encode_basestring,  # pyright: ignore[reportAttributeAccessIssue]
        encoder.indent,
        _float_text(encoder.allow_nan, encoder.indent is None),
        encoder.key_separator,
        encoder.item_separator,
        encoder.sort_keys,
        encoder.skipkeys,
        False,
    )(obj, 0)
    out: list[str] = []
    total = 0
    while True:
        batch: list[str] = list(itertools.islice(chunks, 1000))
        if not batch:
            break
        rt.slow_tick()
        size = sum(map(sys.getsizeof, batch)) + 8 * len(batch)
        total += size
        rt.allocate(size)
        out.extend(batch)
    if total > _SMALL_JSON:
        rt.allocate(total)  # the joined document
    return "".join(out)


@register("json")
def _json(rt: Runtime) -> dict[str, Any]:
    def dumps(obj: Any, *, cls: Any = None, **kwargs: Any) -> str:
        if cls is not None:
            raise TypeError("json.dumps(cls=...) is not supported in the sandbox")
        encoder = json.JSONEncoder(**kwargs)
        separators = (encoder.item_separator, encoder.key_separator)
        size = _json_estimate(obj, encoder.indent, separators, encoder.ensure_ascii)
        if size is None:
            return _dumps_ticking(rt, obj, encoder)
        if size > _SMALL_JSON:
            rt.allocate(size)
        return json.dumps(obj, **kwargs)

    def loads(s: Any, *, cls: Any = None, **kwargs: Any) -> Any:
        if cls is not None:
            raise TypeError("json.loads(cls=...) is not supported in the sandbox")
        return json.loads(s, **kwargs)

    return {"dumps": dumps, "loads": loads, "JSONDecodeError": json.JSONDecodeError}
