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
import hashlib
import sys
from collections.abc import Callable, Iterable
from typing import Any

from ..execute.runtime import CONCRETE, Runtime
from .formatting import SafeFormatter
from .methods import guarded_methods
from .proxies import ClassProxy, TypeProxy, unproxy

__all__ = ["EXCEPTIONS", "PLAIN_BUILTINS", "make_builtins"]

#: CPython builtins exposed unchanged: none of them loops over sandbox data in C without a
#: bound, reaches attributes by name, or touches the host.
PLAIN_BUILTINS: tuple[str, ...] = (
    "abs",
    "ascii",
    "bin",
    "bool",
    "callable",
    "chr",
    "classmethod",
    "complex",
    "divmod",
    "enumerate",
    "filter",
    "float",
    "hex",
    "int",
    "isinstance",
    "len",
    "map",
    "next",
    "object",
    "oct",
    "ord",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "slice",
    "staticmethod",
    "str",
    "super",
    "zip",
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

_PROXIED = (list, tuple, set, frozenset, dict, bytes, bytearray)


def _hash_bytes(data: bytes) -> int:
    digest = hashlib.blake2b(data, digest_size=8).digest()
    value = int.from_bytes(digest, "little", signed=True)
    return -2 if value == -1 else value


def make_builtins(rt: Runtime) -> dict[str, Any]:
    """Build the builtins dict of one run (also installs `rt.proxy_of` / `rt.define_class`)."""
    b: dict[str, Any] = {name: getattr(_py, name) for name in PLAIN_BUILTINS + EXCEPTIONS}
    proxies: dict[type, ClassProxy] = {cls: ClassProxy(cls, rt) for cls in _PROXIED}
    proxies[type] = TypeProxy(type, rt)
    for cls, proxy in proxies.items():
        b[cls.__name__] = proxy
    formatter = SafeFormatter(rt)
    policy = rt.policy
    ticking = rt.ticking
    missing = object()

    def proxy_of(cls: type) -> Any:
        return proxies.get(cls, cls)

    rt.proxy_of = proxy_of  # type: ignore[method-assign]

    def register(cls: type) -> type:
        policy.sandbox_classes.add(cls)
        return cls

    rt.register_class = register  # type: ignore[attr-defined]

    # -- classes --------------------------------------------------------------------------
    from ..modules import check_bases

    def build_class(func: Callable[[], None], name: str, /, *bases: Any, **kwds: Any) -> type:
        check_bases(rt, name, bases, kwds)
        cls = _py.__build_class__(func, name, *bases, **kwds)
        return register(cls)

    def define_class(
        name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwds: Any
    ) -> type:
        check_bases(rt, name, bases, kwds)
        meta = kwds.pop("metaclass", None) or (type(bases[0]) if bases else type)
        return register(meta(name, bases, namespace, **kwds))

    rt.define_class = define_class  # type: ignore[attr-defined]
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
                ok = policy.read_rule(unproxy(obj), name)[0]
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
        if not policy.write_allowed(obj, name):
            raise rt.attribute_error(obj, name)
        object.__setattr__(obj, name, value)

    def object_delattr(obj: Any, name: str, /) -> None:
        if not policy.write_allowed(obj, name):
            raise rt.attribute_error(obj, name)
        object.__delattr__(obj, name)

    def object_getattribute(obj: Any, name: str, /) -> Any:
        if not policy.read_rule(obj, name)[0]:
            raise rt.attribute_error(obj, name)
        return object.__getattribute__(obj, name)

    policy.special[(object, "__setattr__")] = lambda _cls: object_setattr
    policy.special[(object, "__delattr__")] = lambda _cls: object_delattr
    policy.special[(object, "__getattribute__")] = lambda _cls: object_getattribute

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
        return _py.sorted(ticking(args[0]), key=key, reverse=reverse)

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

    def hash_(obj: Any, /) -> int:
        if type(obj) is str:
            return _hash_bytes(obj.encode("utf-8", "surrogatepass"))
        if type(obj) is bytes:
            return _hash_bytes(obj)
        return _py.hash(obj)

    def format_(value: Any, format_spec: str = "", /) -> str:
        return rt.format(value, format_spec)

    b.update(pow=pow_, hash=hash_, format=format_)
    rt.formatter = formatter
    policy.special.update(guarded_methods(rt))  # type: ignore[attr-defined]

    # -- code -----------------------------------------------------------------------------
    from ..program import sandbox_eval, sandbox_exec

    def eval_(source: Any, globals: Any = None, locals: Any = None, /) -> Any:
        return sandbox_eval(rt, source, globals, locals, sys._getframe(1))

    def exec_(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        sandbox_exec(rt, source, globals, locals, sys._getframe(1))

    b.update(eval=eval_, exec=exec_)

    def import_(
        name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0
    ) -> Any:
        from ..modules import import_module

        return import_module(rt, name, fromlist)

    b["__import__"] = import_
    b.update(rt.guards())
    b["__m_sandbox__"] = True
    b["__m_cls__"] = unproxy
    return b
