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

import builtins as _py
import collections
import hashlib
import sys
import types
from collections.abc import Callable, Iterable
from typing import Any, cast

from ..check import match_attribute_problem
from ..execute.runtime import CONCRETE, CURRENT, SHARED_GUARDS, Runtime
from ..execute.sizes import SMALL_INPUT
from ..names import FORBIDDEN_METHOD_DEFS
from .formatting import SafeFormatter
from .methods import METHODS, _CurrentRuntime
from .proxies import ClassProxy, LazyProxy, TypeProxy, unproxy

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
    "divmod",
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
    "round",
    "slice",
    "staticmethod",
    "str",
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

_LAZY = (map, filter, zip, enumerate, reversed)
_TEXT = frozenset({str, bytes, bytearray})
_PROXIED = (list, tuple, set, frozenset, dict, bytes, bytearray)


#: CPython 3.11 hashes nested tuples recursively in C, with no recursion check.
_MAX_HASH_NESTING = 10_000


def _nesting(value: tuple[Any, ...]) -> int:
    """How deep tuples nest inside `value` (stops counting past `_MAX_HASH_NESTING`)."""
    depth = 0
    level: list[tuple[Any, ...]] = [value]
    while level and depth <= _MAX_HASH_NESTING:
        level = [cast("tuple[Any, ...]", item) for t in level for item in t if type(item) is tuple]
        depth += 1
    return depth


def _hash_bytes(data: bytes) -> int:
    digest = hashlib.blake2b(data, digest_size=8).digest()
    value = int.from_bytes(digest, "little", signed=True)
    return -2 if value == -1 else value


def make_builtins(rt: Runtime) -> dict[str, Any]:
    """The builtins dict of one run: the shared template plus the run's guards."""
    b = dict(_TEMPLATE)
    b.update(rt.guards())
    rt.formatter = _FORMATTER
    return b


#: builtin class -> the sandbox's stand-in for it (shared by all runs)
PROXIES: dict[type, ClassProxy] = {}


def proxy_of(cls: type) -> Any:
    """What `type(x)` gives the sandbox for class `cls`."""
    return PROXIES.get(cls, cls)


def _build_template() -> dict[str, Any]:
    """Build the builtins shared by every run; they act on the current run (`CURRENT`)."""
    rt = cast("Runtime", _CurrentRuntime())
    b: dict[str, Any] = {name: getattr(_py, name) for name in PLAIN_BUILTINS + EXCEPTIONS}
    PROXIES.update({cls: ClassProxy(cls, rt) for cls in _PROXIED})
    PROXIES[type] = TypeProxy(type, rt)
    PROXIES.update({cls: LazyProxy(cls, rt) for cls in _LAZY})
    for cls, proxy in PROXIES.items():
        b[cls.__name__] = proxy

    def ticking(iterable: Iterable[Any]) -> Iterable[Any]:
        return rt.ticking(iterable)

    missing = object()

    def register(cls: type) -> type:
        return rt.register_class(cls)

    # -- classes --------------------------------------------------------------------------
    from ..modules import check_bases

    def build_class(func: Callable[[], None], name: str, /, *bases: Any, **kwds: Any) -> type:
        check_bases(CURRENT.get(), name, bases, kwds)
        cls = _py.__build_class__(func, name, *bases, **kwds)
        return guard_construction(register(cls))

    def define_class(
        name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwds: Any
    ) -> type:
        check_bases(CURRENT.get(), name, bases, kwds)
        for key in namespace:
            # the same refusals as a class statement's body
            if key in FORBIDDEN_METHOD_DEFS or str(key).startswith("__m_"):
                raise TypeError(f"type(): defining {key} is not supported in the sandbox")
        meta = kwds.pop("metaclass", None) or (type(bases[0]) if bases else type)
        return guard_construction(register(meta(name, bases, namespace, **kwds)))

    _DEFINE_CLASS.append(define_class)
    b["__build_class__"] = build_class

    # -- attributes -----------------------------------------------------------------------
    def getattr_(obj: Any, name: str, default: Any = missing, /) -> Any:
        if type(name) is not str:
            raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
        if default is missing:
            return rt.ga(obj, name)
        try:
            return rt.ga(obj, name)
        except AttributeError:
            return default

    def hasattr_(obj: Any, name: str, /) -> bool:
        if type(name) is not str:
            raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
        try:
            rt.ga(obj, name)
        except AttributeError:
            return False
        return True

    def setattr_(obj: Any, name: str, value: Any, /) -> None:
        rt.sa(obj, name, value)

    def delattr_(obj: Any, name: str, /) -> None:
        rt.da(obj, name)

    def vars_(*args: Any) -> Any:
        if len(args) != 1:
            raise TypeError("vars() without an argument is not supported in the sandbox")
        try:
            return rt.ga(args[0], "__dict__")
        except AttributeError:
            raise TypeError("vars() argument must have __dict__ attribute") from None

    def dir_(*args: Any) -> list[str]:
        if len(args) != 1:
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

    def issubclass_(cls: Any, classinfo: Any, /) -> bool:
        return _py.issubclass(unproxy(cls), classinfo)

    b["issubclass"] = issubclass_

    # -- output ---------------------------------------------------------------------------
    def print_(
        *objects: Any,
        sep: str | None = " ",
        end: str | None = "\n",
        file: Any = None,
        flush: bool = False,
    ) -> None:
        if sep is not None and type(sep) is not str:
            raise TypeError(f"sep must be None or a string, not {type(sep).__name__}")
        if end is not None and type(end) is not str:
            raise TypeError(f"end must be None or a string, not {type(end).__name__}")
        text = (" " if sep is None else sep).join(str(o) for o in objects) + (
            "\n" if end is None else end
        )
        if file is not None:
            rt.ga(file, "write")(text)
            return
        rt.output("stdout", text)

    b["print"] = print_

    # -- consumers of iterables -----------------------------------------------------------
    def sum_(iterable: Iterable[Any], /, start: Any = 0) -> Any:
        if type(iterable) is range and type(start) is int and len(iterable) > 100_000:
            r = iterable
            n = len(r)
            return start + (n * (2 * r.start + (n - 1) * r.step)) // 2
        return _py.sum(ticking(iterable), start)

    def min_(*args: Any, **kwargs: Any) -> Any:
        if len(args) == 1:
            args = (ticking(args[0]),)
        return _py.min(*args, **kwargs)

    def max_(*args: Any, **kwargs: Any) -> Any:
        if len(args) == 1:
            args = (ticking(args[0]),)
        return _py.max(*args, **kwargs)

    def sorted_(*args: Any, key: Any = None, reverse: bool = False) -> list[Any]:
        if len(args) != 1:
            raise TypeError(f"sorted expected 1 argument, got {len(args)}")
        return _py.sorted(rt.items(args[0]), key=key, reverse=reverse)

    def any_(iterable: Iterable[Any], /) -> bool:
        if type(iterable) in CONCRETE:
            return _py.any(iterable)
        return _py.any(rt.tick_each(iterable))

    def all_(iterable: Iterable[Any], /) -> bool:
        if type(iterable) in CONCRETE:
            return _py.all(iterable)
        return _py.all(rt.tick_each(iterable))

    def iter_(obj: Any, *sentinel: Any) -> Any:
        if sentinel:
            return rt.tick_each(_py.iter(obj, *sentinel))
        return _py.iter(obj)

    b.update(sum=sum_, min=min_, max=max_, sorted=sorted_, any=any_, all=all_, iter=iter_)

    # -- numbers and hashing ---------------------------------------------------------------
    def pow_(base: Any, exp: Any, mod: Any = None) -> Any:
        if mod is not None:
            return _py.pow(base, exp, mod)
        return rt.pow(base, exp)

    def hash_(obj: object, /) -> int:
        tp = type(obj)
        if tp is tuple and _nesting(cast("tuple[Any, ...]", obj)) > _MAX_HASH_NESTING:
            raise RecursionError("hash(): tuple nested too deeply")
        if tp is str:
            return _hash_bytes(cast(str, obj).encode("utf-8", "surrogatepass"))
        if tp is bytes:
            return _hash_bytes(cast(bytes, obj))
        return _py.hash(obj)

    def format_(value: Any, format_spec: str = "", /) -> str:
        return rt.format(value, format_spec)

    def repr_(obj: object, /) -> str:
        if type(obj) in _TEXT and len(obj) <= SMALL_INPUT:  # pyright: ignore[reportArgumentType]
            return _py.repr(obj)
        return CURRENT.get().repr(obj)

    def ascii_(obj: object, /) -> str:
        if type(obj) in _TEXT and len(obj) <= SMALL_INPUT:  # pyright: ignore[reportArgumentType]
            return _py.ascii(obj)
        return CURRENT.get().ascii(obj)

    b.update(pow=pow_, hash=hash_, format=format_, repr=repr_, ascii=ascii_)

    # -- code -----------------------------------------------------------------------------
    def eval_(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
        from ..code_strings import sandbox_eval

        return sandbox_eval(CURRENT.get(), source, globals, locals, sys._getframe(1))

    def exec_(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        from ..code_strings import sandbox_exec

        sandbox_exec(CURRENT.get(), source, globals, locals, sys._getframe(1))

    b.update(eval=eval_, exec=exec_)

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
#: `__init__` (second group).
_CONSUMED_BY_NEW = (bytes, tuple, frozenset)
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
