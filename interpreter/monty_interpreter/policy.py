# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false
"""The attribute allow-list: the one place that decides what the sandbox can reach.

Every attribute read, write and delete in sandbox code (`obj.name`, `getattr`, `hasattr`,
`str.format` fields, `operator.attrgetter`...) is decided here, per type:

* host types (int, str, list, exceptions, module classes...) expose exactly the names listed
  in `HOST_ATTRS` for them, plus the harmless dunders in `_COMMON_DUNDERS`; some names are
  served by a replacement (`SPECIAL`) that bounds sizes or keeps field access guarded;
* classes the sandbox defined, and their instances, expose their own attributes, with
  inherited host attributes decided by the host type that provides them;
* functions the sandbox defined expose their metadata, never `__globals__`, `__code__` or
  `__closure__`; host functions expose only their names and docstring;
* sandbox modules expose their exports.

Anything else is an `AttributeError`, so `hasattr` is False for it, as if it did not exist.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

from .names import OPERATOR_DUNDERS, SOURCE_DUNDER_ATTRS, is_dunder
from .records import Record

__all__ = ["HOST_ATTRS", "SPECIAL", "AttributePolicy", "SandboxModule", "register_host_type"]

Accessor = Callable[[Any], Any]

_FUNCTION_META = frozenset({"__name__", "__qualname__", "__doc__", "__module__"})
_COMMON_DUNDERS = (
    OPERATOR_DUNDERS - {"__init_subclass__", "__set_name__", "__class_getitem__"}
) | {
    "__class__",
    "__doc__",
}
_CLASS_DUNDERS = frozenset(
    {"__name__", "__qualname__", "__doc__", "__module__", "__mro__", "__bases__"}
)
_EXC_DUNDERS = frozenset({"__cause__", "__context__", "__suppress_context__", "__notes__"})
_SANDBOX_INSTANCE_DUNDERS = (SOURCE_DUNDER_ATTRS | _EXC_DUNDERS) - {
    "__bases__",
    "__mro__",
    "__self__",
    "__func__",
}
_SANDBOX_CLASS_DUNDERS = SOURCE_DUNDER_ATTRS - {
    "__self__",
    "__func__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
}
_SANDBOX_FUNCTION_ATTRS = _FUNCTION_META | frozenset(
    {"__defaults__", "__kwdefaults__", "__annotations__", "__dict__", "__wrapped__", "__call__"}
)
_SETTABLE_FUNCTION_DUNDERS = frozenset(
    {
        "__name__",
        "__qualname__",
        "__doc__",
        "__module__",
        "__wrapped__",
        "__defaults__",
        "__kwdefaults__",
        "__annotations__",
        "__dict__",
    }
)

#: host type -> attribute names (beyond `_COMMON_DUNDERS`) its instances and the class expose.
HOST_ATTRS: dict[type, frozenset[str]] = {}
#: (host type, name) -> accessor returning the value the sandbox gets instead of the real one.
SPECIAL: dict[tuple[type, str], Accessor] = {}
#: host types whose class object may be read for these extra names (e.g. `object.__new__`).
_CLASS_ONLY: dict[type, frozenset[str]] = {}


def register_host_type(
    tp: type,
    names: str | frozenset[str] | set[str] = "",
    *,
    public: bool = False,
    exclude: str = "",
) -> None:
    """Allow `names` (space separated) on `tp`; `public=True` adds all its non-underscore names."""
    allowed = set(names.split()) if isinstance(names, str) else set(names)
    if public:
        allowed |= {n for n in dir(tp) if not n.startswith("_")}
    allowed -= set(exclude.split())
    HOST_ATTRS[tp] = HOST_ATTRS.get(tp, frozenset()) | frozenset(allowed)


#: host type -> attribute names the sandbox may set on its instances (e.g. `Context.prec`).
_HOST_WRITABLE: dict[type, frozenset[str]] = {}


def register_writable(tp: type, names: str) -> None:
    """Allow the sandbox to set `names` (space separated) on instances of host type `tp`
    (the type's own setters validate the values)."""
    _HOST_WRITABLE[tp] = _HOST_WRITABLE.get(tp, frozenset()) | frozenset(names.split())


def _public(tp: type, extra: str = "", exclude: str = "") -> None:
    register_host_type(tp, extra, public=True, exclude=exclude)


for _tp in (
    int,
    bool,
    float,
    complex,
    str,
    bytes,
    bytearray,
    list,
    tuple,
    dict,
    set,
    frozenset,
    range,
    slice,
):
    _public(_tp)
register_host_type(type(None))
register_host_type(type(NotImplemented))
register_host_type(type(...))
register_host_type(object)
for _view in (type({}.keys()), type({}.values()), type({}.items())):
    register_host_type(_view)
register_host_type(BaseException, "args add_note" + " " + " ".join(_EXC_DUNDERS))


def _exception_value(attr: str) -> Accessor:
    """An accessor for an exception attribute that may hold any object (host code raises
    with its own values): classes come out as their sandbox stand-ins."""

    def read(exc: Any) -> Any:
        from .execute.runtime import CURRENT

        return CURRENT.get().proxify_class(getattr(exc, attr))

    return read


for _exc_tp, _attr in (
    (BaseException, "args"),
    (AttributeError, "obj"),
    (StopIteration, "value"),
    (StopAsyncIteration, "value"),
    (SystemExit, "code"),
    (NameError, "name"),
    (ImportError, "name"),
):
    SPECIAL[(_exc_tp, _attr)] = _exception_value(_attr)
register_host_type(StopIteration, "value")
register_host_type(StopAsyncIteration, "value")
register_host_type(OSError, "errno strerror filename filename2 characters_written")
register_host_type(
    SyntaxError, "msg lineno offset text filename end_lineno end_offset print_file_and_line"
)
register_host_type(UnicodeError, "encoding object start end reason")
register_host_type(SystemExit, "code")
register_host_type(ImportError, "name msg")
register_host_type(NameError, "name")
register_host_type(AttributeError, "name obj")
register_host_type(BaseExceptionGroup, "message exceptions subgroup split derive")
register_host_type(property, "fget fset fdel getter setter deleter")
register_host_type(types.GenericAlias, "__origin__ __args__ __parameters__ __name__ __qualname__")
register_host_type(types.UnionType, "__args__ __parameters__")  # pyright: ignore[reportArgumentType]
register_host_type(types.GeneratorType, "send throw close")
register_host_type(types.CoroutineType, "send throw close")
register_host_type(types.AsyncGeneratorType, "asend athrow aclose")
for _tp in (
    types.BuiltinFunctionType,
    types.MethodWrapperType,
    types.WrapperDescriptorType,
    types.MethodDescriptorType,
    types.ClassMethodDescriptorType,
    types.GetSetDescriptorType,
    types.MemberDescriptorType,
):
    register_host_type(_tp, _FUNCTION_META)


class SandboxModule:
    """A module as the sandbox sees it: a fixed set of exports, created fresh for each run."""

    def __init__(self, name: str, exports: dict[str, Any]) -> None:
        self.__dict__.update(exports)
        self.__dict__["__name__"] = name
        self.__dict__["__all__"] = sorted(n for n in exports if not n.startswith("_"))

    def __getattr__(self, name: str) -> Any:
        # Reached only by `from module import name` for a missing name; raising ImportError
        # here (not AttributeError) stops CPython from looking in the host's sys.modules.
        raise ImportError(f"cannot import name {name!r} from {self.__dict__['__name__']!r}")

    def __repr__(self) -> str:
        return f"<module {self.__dict__['__name__']!r}>"


def _owner(tp: type, name: str) -> type | None:
    for klass in tp.__mro__:
        if name in klass.__dict__:
            return klass
    return None


class AttributePolicy:
    """Per-run attribute decisions. `sandbox_classes` holds the classes this run defined."""

    def __init__(self, special_overrides: dict[tuple[type, str], Accessor] | None = None) -> None:
        self.sandbox_classes: set[type] = set()
        self.sandbox_builtins: dict[str, Any] | None = None
        #: the runtime this policy belongs to (set by the runtime)
        self.runtime: Any = None
        #: type -> {name: True} for names allowed on every instance of that type
        self.instance_cache: dict[type, dict[str, bool]] = {}
        self.special = dict(SPECIAL)
        if special_overrides:
            self.special.update(special_overrides)

    # -- classification ------------------------------------------------------------------
    def is_sandbox_class(self, cls: type) -> bool:
        """A class this run defined, including one still being built by its metaclass."""
        if cls in self.sandbox_classes:
            return True
        if any(base in self.sandbox_classes for base in cls.__mro__[1:]):
            # Only sandbox code can derive from a sandbox class (e.g. a class still being built).
            self.sandbox_classes.add(cls)
            return True
        try:
            namespace = list(cls.__dict__.values())
        except Exception:
            return False
        for value in namespace:
            func = (
                getattr(value, "__func__", value)
                if type(value) in (staticmethod, classmethod)
                else value
            )
            if type(value) is property:
                func = value.fget
            if self.is_sandbox_function(func):
                self.sandbox_classes.add(cls)
                return True
        return False

    def is_sandbox_function(self, obj: Any) -> bool:
        """True for functions compiled from sandbox source in this run."""
        if not isinstance(obj, types.FunctionType):
            return False
        b = obj.__builtins__
        # exec/eval with restricted builtins gives functions a merged builtins dict
        return b is self.sandbox_builtins or (
            b.get("__m_sandbox__") is True and b.get("__m_ga__") == _ga_of(self)
        )

    def is_sandbox_object(self, obj: Any) -> bool:
        """True for instances of sandbox classes, sandbox classes and sandbox functions."""
        if type(obj) in self.sandbox_classes or self.is_sandbox_function(obj):
            return True
        return isinstance(obj, type) and obj in self.sandbox_classes

    def host_allows(self, tp: type, name: str) -> bool:
        """Whether host type `tp` (or a host base of it) lists `name`."""
        for klass in tp.__mro__:
            allowed = HOST_ATTRS.get(klass)
            if allowed is not None and name in allowed:
                return True
        return name in _COMMON_DUNDERS and _owner(tp, name) is not None

    # -- reads ---------------------------------------------------------------------------
    def read_rule(self, obj: Any, name: str) -> tuple[bool, Accessor | None, bool]:
        """Decide a read: (allowed, accessor or None, cacheable for every instance of the type)."""
        tp = type(obj)
        if tp in self.sandbox_classes or (
            not isinstance(obj, type) and tp.__module__ == "__main__" and self.is_sandbox_class(tp)
        ):
            ok = self._sandbox_instance_rule(tp, name)
            special = self.host_special(tp.__mro__, name) if ok else None
            return ok, special, special is None
        if isinstance(obj, type):
            self.is_sandbox_class(obj)
            special = self._class_special(obj, name)
            return special is not None or self._class_rule(obj, name), special, False
        if tp is types.FunctionType:
            if self.is_sandbox_function(obj):
                ok = name in _SANDBOX_FUNCTION_ATTRS or (
                    not is_dunder(name) and name in obj.__dict__
                )
                return ok, None, False
            return name in _FUNCTION_META, None, False
        if tp is types.MethodType:
            if name in _FUNCTION_META or name == "__call__":
                return True, None, False
            if name == "__self__":
                return self.is_sandbox_object(obj.__self__), None, False
            if name == "__func__":
                return self.is_sandbox_function(obj.__func__), None, False
            return False, None, False
        if tp in (staticmethod, classmethod):
            if name in ("__func__", "__wrapped__"):
                return self.is_sandbox_function(obj.__func__), None, False
            return name in _FUNCTION_META, None, False
        if tp is super:
            ok = self._super_rule(obj, name)
            special = None
            if ok:
                bound = obj.__self__
                mro = (bound if isinstance(bound, type) else type(bound)).__mro__
                start = mro.index(obj.__thisclass__) + 1 if obj.__thisclass__ in mro else 0
                found = self.host_special(mro[start:], name)
                if found is not None:
                    special = lambda _sup, _f=found, _b=bound: _f(_b)  # noqa: E731
            return ok, special, False
        if tp is Record:
            return name in _record_fields(obj) or name in ("type_name", "attributes"), None, False
        if tp is Record:
            return name in _record_fields(obj) or name in ("type_name", "attributes"), None, False
        if tp is SandboxModule:
            return (
                (name in obj.__dict__ and (not name.startswith("_") or name == "__name__")),
                None,
                False,
            )
        special = self.host_special(tp.__mro__, name)
        if special is not None:
            return True, special, False
        return self.host_allows(tp, name), None, True

    def host_special(self, mro: tuple[type, ...], name: str) -> Accessor | None:
        """The replacement for `name` when the class providing it (first in `mro`) is a host class."""
        for klass in mro:
            if name in klass.__dict__:
                if klass in self.sandbox_classes:
                    return None
                return self.special.get((klass, name)) or _methods().get((klass, name))
        return None

    def _sandbox_instance_rule(self, tp: type, name: str) -> bool:
        if is_dunder(name) and name not in _SANDBOX_INSTANCE_DUNDERS:
            return False
        owner = _owner(tp, name)
        if owner is None or owner in self.sandbox_classes:
            return True
        return self.host_allows(owner, name) or name in (
            "__dict__",
            "__getattribute__",
            "__setattr__",
            "__delattr__",
            "__init__",
        )

    def _class_rule(self, cls: type, name: str) -> bool:
        sandbox = cls in self.sandbox_classes
        if is_dunder(name):
            if name in _CLASS_DUNDERS:
                return True
            if sandbox:
                if name not in _SANDBOX_CLASS_DUNDERS:
                    return False
            elif name not in _COMMON_DUNDERS and name not in _CLASS_ONLY.get(cls, ()):
                return False
        owner = _owner(cls, name)
        if owner is None:
            meta = type(cls)
            if name == "register" and not sandbox:
                return False  # ABC.register on a host class would change it for the host
            return name in _META_ATTRS.get(meta, ()) or _owner(meta, name) is None
        if owner in self.sandbox_classes:
            return True
        if name in _CLASS_ONLY.get(owner, ()):
            return True
        return self.host_allows(owner, name)

    def _class_special(self, cls: type, name: str) -> Accessor | None:
        for klass in cls.__mro__:
            if klass in self.sandbox_classes:
                if name in klass.__dict__:
                    return None
                continue
            special = self.special.get((klass, name)) or _methods().get((klass, name))
            if special is not None:
                return special  # called with the class being read (a subclass too)
            if name in klass.__dict__:
                return None
        return None

    def _super_rule(self, sup: super, name: str) -> bool:
        bound = sup.__self__  # pyright: ignore[reportAttributeAccessIssue]
        if bound is None:
            return False
        if not (
            self.is_sandbox_class(type(bound))
            or (isinstance(bound, type) and self.is_sandbox_class(bound))
        ):
            return False
        if is_dunder(name):
            return name in SOURCE_DUNDER_ATTRS
        return True

    # -- writes --------------------------------------------------------------------------
    def write_allowed(self, obj: Any, name: str) -> bool:
        """Whether the sandbox may set or delete `name` on `obj`."""
        tp = type(obj)
        if tp in self.sandbox_classes or self.is_sandbox_class(tp):
            if is_dunder(name):
                return False
            # A name a host base class defines (a slot, a property, a method) stays the host's:
            # a sandbox subclass may not overwrite state the host code relies on.
            owner = _owner(tp, name)
            return owner is None or owner in self.sandbox_classes or self.host_allows(owner, name)
        if isinstance(obj, type) and self.is_sandbox_class(obj):
            if name in _GUARD_CLASS_ATTRS:
                return False  # the guarded `_create_` of a sandbox enum (see builtins.enums)
            return not is_dunder(name) or name in OPERATOR_DUNDERS or name == "__doc__"
        if self.is_sandbox_function(obj):
            return not is_dunder(name) or name in _SETTABLE_FUNCTION_DUNDERS
        if tp is SandboxModule:
            return not is_dunder(name)  # modules are built fresh for every run
        return name in _HOST_WRITABLE.get(tp, ())


#: class attributes the sandbox installs on its own classes and the sandbox may not replace
_GUARD_CLASS_ATTRS = frozenset({"_create_"})

#: metaclass -> non-dunder names readable on classes that use it.
_META_ATTRS: dict[type, frozenset[str]] = {type: frozenset({"mro"})}


def register_metaclass_attrs(meta: type, names: str) -> None:
    """Allow reading `names` on classes whose metaclass is `meta`."""
    _META_ATTRS[meta] = _META_ATTRS.get(meta, frozenset()) | frozenset(names.split())


def register_class_only(tp: type, names: str) -> None:
    """Allow reading `names` on the class object `tp` itself (not on its instances)."""
    _CLASS_ONLY[tp] = _CLASS_ONLY.get(tp, frozenset()) | frozenset(names.split())


def _methods() -> dict[tuple[type, str], Accessor]:
    from .builtins.methods import METHODS

    return METHODS


def _ga_of(policy: AttributePolicy) -> Any:
    rt = policy.runtime
    return None if rt is None else rt.ga


#: Builtin value types whose plainly allowed attributes may be read natively.
_FAST_TYPES: tuple[type, ...] = (
    list,
    dict,
    str,
    bytes,
    bytearray,
    tuple,
    set,
    frozenset,
    int,
    float,
    complex,
    bool,
    range,
    type({}.keys()),
    type({}.values()),
    type({}.items()),
)
_FAST_TABLE: dict[str, frozenset[type]] = {}


def fast_attribute_types() -> dict[str, frozenset[type]]:
    """name -> the builtin value types on which the policy allows `name` as it is (no
    replacement method, not a class-valued attribute). The lowered code reads `obj.name`
    natively when `type(obj)` is one of them."""
    if not _FAST_TABLE:
        table: dict[str, set[type]] = {}
        methods = _methods()
        for tp in _FAST_TYPES:
            for name in dir(tp):
                if name.startswith("_") or not AttributePolicy().host_allows(tp, name):
                    continue
                owner = _owner(tp, name)
                if owner is None or (owner, name) in methods or (owner, name) in SPECIAL:
                    continue
                table.setdefault(name, set()).add(tp)
        _FAST_TABLE.update({name: frozenset(types_) for name, types_ in table.items()})
    return _FAST_TABLE


def _record_fields(record: Record) -> dict[str, Any]:
    return object.__getattribute__(record, "_attrs")
