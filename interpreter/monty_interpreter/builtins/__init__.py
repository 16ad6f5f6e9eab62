# pyright: reportUnknownVariableType=false
"""The sandbox's builtins: CPython's safe builtins, plus guarded versions of the rest.

`make_builtins(rt)` returns the dict the run's code sees as `__builtins__`. Builtins that
are harmless as they are (`len`, `abs`, `isinstance`, the exception classes...) are
CPython's own; the others are wrapped so attribute access goes through the policy,
iterables consumed in C tick, sizes are bounded and output goes to the run's callback.
Absent on purpose: `open`, `input`, `compile`, `globals`, `locals`, `breakpoint`, `help`,
`exit`, `quit`, `memoryview`, and `__loader__`-style internals.
"""

from __future__ import annotations

import abc
import builtins as _py
import collections
import enum
import functools
import hashlib
import itertools
import operator
import sys
import types
from collections.abc import Callable, Iterable
from typing import Any, cast

from ..check import match_attribute_problem
from ..execute.runtime import CONCRETE, CURRENT, SHARED_GUARDS, Runtime
from ..execute.sizes import SMALL_INPUT
from ..names import FORBIDDEN_METHOD_DEFS, is_class_proxy
from .dags import check_repr_size, tuple_expansion, tuple_hash
from .enums import ENUM_BASES, EnumProxy, enum_call, guard_enum_class
from .formatting import SafeFormatter
from .functions import (
    NO,
    WRAPPER_TYPES,
    builtin_function,
    clinic_args,
    one_argument_error,
    positional,
    unpack_error,
)
from .methods import METHODS, _CurrentRuntime
from .proxies import ClassProxy, LazyProxy, MetaProxy, StrProxy, TypeProxy, unproxy

__all__ = ["EXCEPTIONS", "PLAIN_BUILTINS", "make_builtins"]

#: CPython builtins exposed unchanged: none of them loops over sandbox data in C without a
#: bound, reaches attributes by name, or touches the host.
PLAIN_BUILTINS: tuple[str, ...] = (
    "abs",
    "bin",
    "bool",
    "callable",
    "chr",
    "classmethod",
    "complex",
    "float",
    "hex",
    "int",
    "isinstance",
    "len",
    "next",
    "object",
    "oct",
    "ord",
    "property",
    "range",
    "slice",
    "staticmethod",
    "super",
    "aiter",
    "anext",
    "id",
    "NotImplemented",
    "Ellipsis",
)

#: Every built-in exception and warning class.
EXCEPTIONS: tuple[str, ...] = tuple(
    name
    for name, value in vars(_py).items()
    if isinstance(value, type) and issubclass(value, BaseException)
)

#: values whose repr and str are bounded by their own size
_PLAIN_TEXT = frozenset({int, float, bool, str, bytes, type(None)})
_LAZY = (map, filter, zip, enumerate, reversed)
_TEXT = frozenset({str, bytes, bytearray})
_PROXIED = (list, tuple, set, frozenset, dict, bytes, bytearray)
#: classes of sandbox modules that stand-ins replace too (`type(x)` must not give the real
#: class): the position of the iterable their constructor consumes, or None
_MODULE_CLASSES: dict[type, int | None] = {
    collections.Counter: 0,
    collections.OrderedDict: 0,
    collections.deque: 0,
    collections.defaultdict: 1,
    collections.ChainMap: None,
}
#: itertools classes that wrap another iterator (their nesting depth is bounded)
NESTABLE_ITERTOOLS: tuple[type, ...] = (
    itertools.accumulate,
    itertools.chain,
    itertools.compress,
    itertools.dropwhile,
    itertools.filterfalse,
    itertools.groupby,
    itertools.islice,
    itertools.pairwise,
    itertools.starmap,
    itertools.takewhile,
    itertools.zip_longest,
)


def _metaclasses() -> list[type]:
    """The host metaclasses sandbox classes may have (see `modules.ALLOWED_METACLASSES`)."""
    import typing

    metas: list[type] = [abc.ABCMeta, enum.EnumType]
    for name in ("NamedTupleMeta", "_TypedDictMeta", "_ProtocolMeta"):
        meta = getattr(typing, name, None)
        if isinstance(meta, type) and meta not in metas:
            metas.append(meta)
    return metas


def check_namespace(name: Any, namespace: Any) -> None:
    """Refuse a class namespace defining what a class statement's body may not define."""
    for key in namespace:
        if key in FORBIDDEN_METHOD_DEFS or str(key).startswith("__m_"):
            raise TypeError(f"type(): defining {key} is not supported in the sandbox")


_MIN_MAX_KEYWORDS = frozenset({"key", "default"})

#: CPython 3.11 hashes nested tuples recursively in C, with no recursion check.
_MAX_HASH_NESTING = 10_000
#: tuples (counted along every path) past which `hash()` computes each shared tuple once
_HASH_EXPANSION = 100_000


def _int_round(number: int) -> bool:
    """Whether `round(number, n)` runs `int.__round__` (no override in a subclass)."""
    return getattr(type(number), "__round__", None) is int.__round__


def _hash_bytes(data: bytes) -> int:
    digest = hashlib.blake2b(data, digest_size=8).digest()
    value = int.from_bytes(digest, "little", signed=True)
    return -2 if value == -1 else value


#: `sum` starts that CPython adds natively in C (numbers), or refuses (str, bytes, bytearray)
_SUM_NATIVE_STARTS = frozenset({int, float, complex, bool, str, bytes, bytearray})
#: copied items between two time checks while `sum` concatenates
_SUM_CHECK_EVERY = 1 << 20


def _is_list(value: object) -> bool:
    return type(value) is list


def _sum_concat(rt: Runtime, iterable: Iterable[Any], start: Any) -> Any:
    """`sum(iterable, start)` for a non-number start (`sum(rows, [])`): CPython adds in C,
    copying the growing result at every step. Here every `+` goes through the `+` guard and
    the clock is checked as copying piles up; lists are extended in place (the result is a
    new list either way), which keeps `sum(rows, [])` linear."""
    result: Any = start
    own: list[Any] | None = None  # `result` when it is a list made here (extended in place)
    copied = 0
    for item in rt.ticking(iterable):
        if type(item) is list and (own is not None or _is_list(result)):
            rows = cast("list[Any]", item)
            if own is None:
                own = list(cast("list[Any]", result))
                result = own
            if len(rows) > 512:
                rt.allocate(8 * len(rows))
            own.extend(rows)
            copied += len(rows)
        else:
            result = rt.add(result, item)
            own = None
            copied += len(result) if type(result) in CONCRETE else 1
        if copied > _SUM_CHECK_EVERY:
            copied = 0
            rt.slow_tick()
    return result


def make_builtins(rt: Runtime) -> dict[str, Any]:
    """The builtins dict of one run: the shared template plus the run's guards."""
    b = dict(_TEMPLATE)
    b.update(rt.guards())
    rt.formatter = _FORMATTER
    return b


#: builtin class -> the sandbox's stand-in for it (shared by all runs)
PROXIES: dict[type, Any] = {}


def proxy_of(cls: type) -> Any:
    """What `type(x)` gives the sandbox for class `cls`."""
    return PROXIES.get(cls, cls)


#: the sandbox builtins implemented in Python (see `functions.builtin_function`)
WRAPPED_BUILTINS: tuple[str, ...] = (
    "getattr",
    "hasattr",
    "setattr",
    "delattr",
    "vars",
    "dir",
    "issubclass",
    "print",
    "sum",
    "min",
    "max",
    "sorted",
    "any",
    "all",
    "iter",
    "pow",
    "divmod",
    "round",
    "hash",
    "format",
    "repr",
    "ascii",
    "eval",
    "exec",
)


def _build_template() -> dict[str, Any]:
    """Build the builtins shared by every run; they act on the current run (`CURRENT`)."""
    rt = cast("Runtime", _CurrentRuntime())
    b: dict[str, Any] = {name: getattr(_py, name) for name in PLAIN_BUILTINS + EXCEPTIONS}
    PROXIES.update({cls: ClassProxy(cls, rt) for cls in _PROXIED})
    PROXIES[type] = TypeProxy(type, rt)
    PROXIES[str] = StrProxy(str, rt, None)
    PROXIES.update({cls: LazyProxy(cls, rt) for cls in _LAZY})
    for cls, proxy in PROXIES.items():
        b[cls.__name__] = proxy
    PROXIES.update({cls: ClassProxy(cls, rt, at) for cls, at in _MODULE_CLASSES.items()})
    PROXIES.update({cls: LazyProxy(cls, rt) for cls in NESTABLE_ITERTOOLS})
    PROXIES.update({cls: MetaProxy(cls, rt) for cls in _metaclasses()})
    PROXIES.update({cls: EnumProxy(cls, rt, None) for cls in ENUM_BASES})

    def ticking(iterable: Iterable[Any]) -> Iterable[Any]:
        return rt.ticking(iterable)

    def register(cls: type) -> type:
        return guard_enum_class(rt.register_class(cls))

    # -- classes --------------------------------------------------------------------------
    from ..modules import check_bases

    def build_class(func: Callable[[], None], name: str, /, *bases: Any, **kwds: Any) -> type:
        if "metaclass" in kwds:
            kwds["metaclass"] = unproxy(kwds["metaclass"])
        check_bases(CURRENT.get(), name, bases, kwds)
        cls = _py.__build_class__(func, name, *bases, **kwds)
        return guard_construction(register(cls))

    def define_class(
        name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwds: Any
    ) -> type:
        if "metaclass" in kwds:
            kwds["metaclass"] = unproxy(kwds["metaclass"])
        check_bases(CURRENT.get(), name, bases, kwds)
        check_namespace(name, namespace)  # the same refusals as a class statement's body
        meta = kwds.pop("metaclass", None) or (type(bases[0]) if bases else type)
        return guard_construction(register(meta(name, bases, namespace, **kwds)))

    _DEFINE_CLASS.append(define_class)
    b["__build_class__"] = build_class

    # `type.__new__(abc.ABCMeta, name, bases, ns)`, `abc.ABCMeta.__new__(...)` and
    # `type.__call__(meta, name, bases, ns)` build classes too: the same checks apply.
    def guarded_new(real_new: Callable[..., Any]) -> Callable[..., Any]:
        def new(mcls: Any, /, *args: Any, **kwds: Any) -> Any:
            mcls = unproxy(mcls)
            if len(args) != 3 or not isinstance(mcls, type) or not issubclass(mcls, type):
                return real_new(mcls, *args, **kwds)
            name, bases, namespace = args
            bases = tuple(unproxy(base) for base in bases)
            check_bases(CURRENT.get(), name, bases, {"metaclass": mcls, **kwds})
            check_namespace(name, namespace)
            return register(real_new(mcls, name, bases, namespace, **kwds))

        return new

    for meta in (type, *_metaclasses()):
        if "__new__" in meta.__dict__:
            impl = guarded_new(meta.__new__)
            METHODS[(meta, "__new__")] = lambda _cls, impl=impl: impl

    def type_call(cls: Any, /, *args: Any, **kwds: Any) -> Any:
        if is_class_proxy(cls):
            return cls(*args, **kwds)  # the stand-in's own checks
        if isinstance(cls, type) and issubclass(cls, type) and len(args) == 3:
            name, bases, namespace = args
            bases = tuple(unproxy(base) for base in cast("tuple[Any, ...]", bases))
            return define_class(
                name, bases, dict(cast("dict[str, Any]", namespace)), metaclass=cls, **kwds
            )
        real_call: Any = type.__call__
        return real_call(cls, *args, **kwds)

    def type_call_accessor(obj: Any) -> Callable[..., Any]:
        return type_call if isinstance(obj, type) else functools.partial(type_call, obj)

    METHODS[(type, "__call__")] = type_call_accessor
    METHODS[(enum.EnumType, "__call__")] = lambda _cls: enum_call

    # -- attributes -----------------------------------------------------------------------
    def getattr_(
        obj: Any = NO, name: Any = NO, default: Any = NO, /, *extra: Any, **kw: Any
    ) -> Any:
        if name is NO or extra or kw:
            raise unpack_error("getattr", positional(obj, name, default, *extra), kw, 2, 3)
        if type(name) is not str:
            raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
        if default is NO:
            return rt.ga(obj, name)
        try:
            return rt.ga(obj, name)
        except AttributeError:
            return default

    def hasattr_(obj: Any = NO, name: Any = NO, /, *extra: Any, **kw: Any) -> bool:
        if name is NO or extra or kw:
            raise unpack_error("hasattr", positional(obj, name, *extra), kw, 2, 2)
        if type(name) is not str:
            raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
        try:
            rt.ga(obj, name)
        except AttributeError:
            return False
        return True

    def setattr_(obj: Any = NO, name: Any = NO, value: Any = NO, /, *extra: Any, **kw: Any) -> None:
        if value is NO or extra or kw:
            raise unpack_error("setattr", positional(obj, name, value, *extra), kw, 3, 3)
        rt.sa(obj, name, value)

    def delattr_(obj: Any = NO, name: Any = NO, /, *extra: Any, **kw: Any) -> None:
        if name is NO or extra or kw:
            raise unpack_error("delattr", positional(obj, name, *extra), kw, 2, 2)
        rt.da(obj, name)

    def vars_(*args: Any, **kw: Any) -> Any:
        if len(args) > 1 or kw:
            raise unpack_error("vars", args, kw, 0, 1)
        if not args:
            raise TypeError("vars() without an argument is not supported in the sandbox")
        try:
            return rt.ga(args[0], "__dict__")
        except AttributeError:
            raise TypeError("vars() argument must have __dict__ attribute") from None

    def dir_(*args: Any, **kw: Any) -> list[str]:
        if len(args) > 1 or kw:
            raise unpack_error("dir", args, kw, 0, 1)
        if not args:
            raise TypeError("dir() without an argument is not supported in the sandbox")
        obj = args[0]
        names = _py.dir(unproxy(obj))
        out: list[str] = []
        for name in names:
            try:
                ok = rt.policy.read_rule(unproxy(obj), name)[0]
            except Exception:
                ok = False
            if ok:
                out.append(name)
        return out

    b.update(
        getattr=getattr_, hasattr=hasattr_, setattr=setattr_, delattr=delattr_, vars=vars_, dir=dir_
    )

    # `object.__setattr__(self, name, value)` and friends: the policy still decides.
    def object_setattr(obj: Any, name: str, value: Any, /) -> None:
        if not rt.policy.write_allowed(obj, name):
            raise rt.attribute_error(obj, name)
        object.__setattr__(obj, name, value)

    def object_delattr(obj: Any, name: str, /) -> None:
        if not rt.policy.write_allowed(obj, name):
            raise rt.attribute_error(obj, name)
        object.__delattr__(obj, name)

    def object_getattribute(obj: Any, name: str, /) -> Any:
        if not rt.policy.read_rule(obj, name)[0]:
            raise rt.attribute_error(obj, name)
        return object.__getattribute__(obj, name)

    METHODS[(object, "__setattr__")] = lambda _cls: object_setattr
    METHODS[(object, "__delattr__")] = lambda _cls: object_delattr
    METHODS[(object, "__getattribute__")] = lambda _cls: object_getattribute

    def issubclass_(cls: Any = NO, classinfo: Any = NO, /, *extra: Any, **kw: Any) -> bool:
        if classinfo is NO or extra or kw:
            raise unpack_error("issubclass", positional(cls, classinfo, *extra), kw, 2, 2)
        return _py.issubclass(unproxy(cls), classinfo)

    b["issubclass"] = issubclass_

    # -- output ---------------------------------------------------------------------------
    def print_(
        *objects: Any,
        sep: str | None = " ",
        end: str | None = "\n",
        file: Any = None,
        flush: bool = False,
        **kw: Any,
    ) -> None:
        if kw:
            raise TypeError(f"'{next(iter(kw))}' is an invalid keyword argument for print()")
        if sep is not None and type(sep) is not str:
            raise TypeError(f"sep must be None or a string, not {type(sep).__name__}")
        if end is not None and type(end) is not str:
            raise TypeError(f"end must be None or a string, not {type(end).__name__}")
        for o in objects:
            if type(o) not in _PLAIN_TEXT:
                check_repr_size(rt, o, "print()")
        text = (" " if sep is None else sep).join(str(o) for o in objects) + (
            "\n" if end is None else end
        )
        if file is not None:
            rt.ga(file, "write")(text)
            return
        rt.output("stdout", text)

    b["print"] = print_
    from ..modules.os_files import sandbox_open

    b["open"] = sandbox_open

    # -- consumers of iterables -----------------------------------------------------------
    def sum_(iterable: Any = NO, start: Any = NO, /, *extra: Any, **kw: Any) -> Any:
        if iterable is NO or extra or kw:
            args = positional(iterable, start, *extra)
            params = ("iterable", "start")
            iterable, start = clinic_args("sum", args, kw, params, posonly=1, required=1)
        if start is NO:
            start = 0
        if type(iterable) is range and type(start) is int and len(iterable) > 100_000:
            r = iterable
            n = len(r)
            return start + (n * (2 * r.start + (n - 1) * r.step)) // 2
        if type(start) in _SUM_NATIVE_STARTS:
            return _py.sum(ticking(iterable), start)
        return _sum_concat(rt, iterable, start)

    def min_(*args: Any, **kwargs: Any) -> Any:
        # with another keyword, CPython's min fails before it iterates
        if len(args) == 1 and kwargs.keys() <= _MIN_MAX_KEYWORDS:
            args = (ticking(args[0]),)
        return _py.min(*args, **kwargs)

    def max_(*args: Any, **kwargs: Any) -> Any:
        # with another keyword, CPython's max fails before it iterates
        if len(args) == 1 and kwargs.keys() <= _MIN_MAX_KEYWORDS:
            args = (ticking(args[0]),)
        return _py.max(*args, **kwargs)

    def sorted_(*args: Any, **kwargs: Any) -> list[Any]:
        if len(args) != 1:
            raise TypeError(f"sorted expected 1 argument, got {len(args)}")
        return _py.sorted(rt.items(args[0]), **kwargs)

    def any_(iterable: Any = NO, /, *extra: Any, **kw: Any) -> bool:
        if iterable is NO or extra or kw:
            raise one_argument_error("any", positional(iterable, *extra), kw)
        if type(iterable) in CONCRETE:
            return _py.any(iterable)
        return _py.any(rt.tick_each(iterable))

    def all_(iterable: Any = NO, /, *extra: Any, **kw: Any) -> bool:
        if iterable is NO or extra or kw:
            raise one_argument_error("all", positional(iterable, *extra), kw)
        if type(iterable) in CONCRETE:
            return _py.all(iterable)
        return _py.all(rt.tick_each(iterable))

    def iter_(obj: Any = NO, sentinel: Any = NO, /, *extra: Any, **kw: Any) -> Any:
        if obj is NO or extra or kw:
            raise unpack_error("iter", positional(obj, sentinel, *extra), kw, 1, 2)
        if sentinel is not NO:
            return rt.tick_each(_py.iter(obj, sentinel))
        return _py.iter(obj)

    b.update(sum=sum_, min=min_, max=max_, sorted=sorted_, any=any_, all=all_, iter=iter_)

    # -- numbers and hashing ---------------------------------------------------------------
    def pow_(base: Any = NO, exp: Any = NO, mod: Any = NO, /, *extra: Any, **kw: Any) -> Any:
        if exp is NO or extra or kw:
            args = positional(base, exp, mod, *extra)
            params = ("base", "exp", "mod")
            base, exp, mod = clinic_args("pow", args, kw, params, posonly=0, required=2)
        if mod is not NO and mod is not None:
            return rt.powmod(base, exp, mod)
        return rt.pow(base, exp)

    def divmod_(a: Any = NO, b: Any = NO, /, *extra: Any, **kw: Any) -> Any:
        if b is NO or extra or kw:
            return _py.divmod(*positional(a, b, *extra), **kw)  # CPython's own argument error
        return rt.divmod(a, b)

    def round_(number: Any = NO, ndigits: Any = NO, /, *extra: Any, **kw: Any) -> Any:
        if number is NO or extra or kw:
            args = positional(number, ndigits, *extra)
            params = ("number", "ndigits")
            number, ndigits = clinic_args("round", args, kw, params, posonly=0, required=1)
        ndigits = None if ndigits is NO else ndigits
        if ndigits is not None and isinstance(number, int) and _int_round(number):
            ndigits = operator.index(ndigits)
            if ndigits < 0:
                return rt.round_int(number, ndigits)
        return _py.round(number, ndigits)

    def hash_(obj: Any = NO, /, *extra: Any, **kw: Any) -> int:
        if obj is NO or extra or kw:
            raise one_argument_error("hash", positional(obj, *extra), kw)
        tp = type(obj)
        if tp is tuple:
            depth, count = tuple_expansion(cast("tuple[Any, ...]", obj), _HASH_EXPANSION)
            if depth > _MAX_HASH_NESTING:
                raise RecursionError("hash(): tuple nested too deeply")
            if count > _HASH_EXPANSION:
                return tuple_hash(cast("tuple[Any, ...]", obj), _py.hash, rt.slow_tick)
        if tp is str:
            return _hash_bytes(cast(str, obj).encode("utf-8", "surrogatepass"))
        if tp is bytes:
            return _hash_bytes(cast(bytes, obj))
        return _py.hash(obj)

    def format_(value: Any = NO, format_spec: Any = "", /, *extra: Any, **kw: Any) -> str:
        if value is NO or extra or kw:
            raise unpack_error("format", positional(value, format_spec, *extra), kw, 1, 2)
        return rt.format(value, format_spec)

    def repr_(obj: Any = NO, /, *extra: Any, **kw: Any) -> str:
        if obj is NO or extra or kw:
            raise one_argument_error("repr", positional(obj, *extra), kw)
        tp = type(obj)
        if tp in _TEXT and len(obj) <= SMALL_INPUT:
            return _py.repr(obj)
        if tp not in _PLAIN_TEXT:
            check_repr_size(rt, obj)
        return CURRENT.get().repr(obj)

    def ascii_(obj: Any = NO, /, *extra: Any, **kw: Any) -> str:
        if obj is NO or extra or kw:
            raise one_argument_error("ascii", positional(obj, *extra), kw)
        tp = type(obj)
        if tp in _TEXT and len(obj) <= SMALL_INPUT:
            return _py.ascii(obj)
        if tp not in _PLAIN_TEXT:
            check_repr_size(rt, obj, "ascii()")
        return CURRENT.get().ascii(obj)

    b.update(
        pow=pow_,
        divmod=divmod_,
        round=round_,
        hash=hash_,
        format=format_,
        repr=repr_,
        ascii=ascii_,
    )

    # -- code -----------------------------------------------------------------------------
    def eval_(
        source: Any = NO, globals: Any = NO, locals: Any = NO, /, *extra: Any, **kw: Any
    ) -> Any:
        from ..code_strings import sandbox_eval

        if source is NO or extra or kw:
            raise unpack_error("eval", positional(source, globals, locals, *extra), kw, 1, 3)
        globals = None if globals is NO else globals
        locals = None if locals is NO else locals
        return sandbox_eval(CURRENT.get(), source, globals, locals, sys._getframe(1))

    def exec_(
        source: Any = NO, globals: Any = NO, locals: Any = NO, /, *extra: Any, **kw: Any
    ) -> None:
        from ..code_strings import sandbox_exec

        if source is NO or extra or kw:
            args = positional(source, globals, locals, *extra)
            params = ("source", "globals", "locals", "closure")
            source, globals, locals, closure = clinic_args(
                "exec", args, kw, params, posonly=3, required=1, maxpos=3
            )
            if closure is not NO and closure is not None:
                raise TypeError("closure can only be used when source is a code object")
        globals = None if globals is NO else globals
        locals = None if locals is NO else locals
        sandbox_exec(CURRENT.get(), source, globals, locals, sys._getframe(1))

    b.update(eval=eval_, exec=exec_)
    for name in WRAPPED_BUILTINS:
        b[name] = builtin_function(name, b[name])
    PROXIES.update(WRAPPER_TYPES)

    def import_(
        name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0
    ) -> Any:
        from ..modules import import_module

        return import_module(CURRENT.get(), name, fromlist)

    b["__import__"] = import_
    b.update(SHARED_GUARDS)
    b["__name__"] = "builtins"  # what a class body defined under exec({}) sees, as in CPython
    b["__m_sandbox__"] = True
    b["__m_ns__"] = match_holder
    b["__m_pattern__"] = match_class
    return b


#: Builtin classes whose constructor consumes its argument in C: `__new__` (first group) or
#: `__init__` (second group). `str(x)` writes the text of a whole container in C.
_CONSUMED_BY_NEW = (bytes, tuple, frozenset, str)
_CONSUMED_BY_INIT = (
    bytearray,
    list,
    set,
    dict,
    collections.deque,
    collections.Counter,
    collections.OrderedDict,
)


def guard_construction(cls: type) -> type:
    """Give a sandbox subclass of a builtin container the size and tick guards of the
    builtin's own constructor: `class B(bytes)` then `B(10**9)`, or `class L(list)` then
    `L(range(10**10))`, would otherwise run the host constructor on the raw arguments.
    A `__new__`/`__init__` the sandbox defines itself reaches the builtin's through
    `super()`, which the policy serves guarded."""
    for base in cls.__mro__[1:]:
        if base in _CONSUMED_BY_NEW or base in _CONSUMED_BY_INIT:
            break
    else:
        return cls
    own = cls.__mro__[: cls.__mro__.index(base)]
    if base in _CONSUMED_BY_NEW and not any("__new__" in k.__dict__ for k in own):
        cls.__new__ = _guarded_new(base)  # type: ignore[assignment]
    if base in _CONSUMED_BY_INIT and not any("__init__" in k.__dict__ for k in own):
        cls.__init__ = _guarded_init(base)  # type: ignore[misc]
    return cls


def _guarded_new(base: type) -> Any:
    def __new__(cls: type, *args: Any, **kwargs: Any) -> Any:
        args, kwargs = CURRENT.get().constructor_args(base, args, kwargs)
        return base.__new__(cls, *args, **kwargs)  # pyright: ignore[reportCallIssue]

    return staticmethod(__new__)


def _guarded_init(base: type) -> Callable[..., None]:
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        args, kwargs = CURRENT.get().constructor_args(base, args, kwargs)
        base.__init__(self, *args, **kwargs)

    return __init__


def match_holder(**values: Any) -> types.SimpleNamespace:
    """The values of a `match` statement's dotted patterns and class matchers. The sandbox
    cannot read the holder's attributes: only the compiled pattern does."""
    return types.SimpleNamespace(**values)


_MATCH_SELF = frozenset(
    {bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple}
)


class _MatcherMeta(type):
    """Metaclass of class-pattern matchers. A class pattern reads the subject's attributes
    natively, so before it does, `isinstance(subject, matcher)` asks the real class and then
    checks with the attribute policy that every name the pattern will read is plainly
    readable on this subject."""

    _target: type
    _names: tuple[str, ...]

    def __instancecheck__(cls, subject: Any) -> bool:
        if not isinstance(subject, cls._target):
            return False
        policy = CURRENT.get().policy
        for name in cls._names:
            ok, accessor, _ = policy.read_rule(subject, name)
            if not ok or accessor is not None or name == "__class__":
                raise TypeError(
                    f"a class pattern cannot read the attribute {name!r} of "
                    f"'{type(subject).__name__}' object in the sandbox"
                )
        return True


def match_class(cls: Any, keywords: tuple[str, ...], positional: int) -> Any:
    """The class a lowered class pattern matches with (see `_MatcherMeta`)."""
    real = unproxy(cls)
    if not isinstance(real, type):
        return real  # CPython raises its own TypeError
    if real in _MATCH_SELF and not keywords:
        return real  # `case int(x)` binds the subject itself: nothing is read
    raw: Any = getattr(real, "__match_args__", ()) if positional else ()
    if not isinstance(raw, tuple):
        raise TypeError(f"{real.__name__}.__match_args__ must be a tuple")
    match_args = cast("tuple[object, ...]", raw)
    if real in _MATCH_SELF and positional:
        raise TypeError(
            f"{real.__name__}() patterns with keywords and a positional pattern are not supported in the sandbox"
        )
    names: list[str] = list(keywords)
    for name in match_args[:positional]:
        problem = match_attribute_problem(name)
        if problem:
            raise TypeError(problem)
        names.append(cast(str, name))
    rt = CURRENT.get()
    key = (real, keywords, tuple(names))
    matcher = rt.matchers.get(key)
    if matcher is None:
        matcher = _MatcherMeta(real.__name__, (), {"__match_args__": match_args})
        matcher._target = real
        matcher._names = tuple(names)
        rt.matchers[key] = matcher
    return matcher


_DEFINE_CLASS: list[Callable[..., type]] = []
_FORMATTER = SafeFormatter(cast("Runtime", _CurrentRuntime()))
_TEMPLATE = _build_template()
