# pyright: reportUnknownMemberType=false, reportUnknownArgumentType=false
"""Sandbox modules that classes need: `typing`, `dataclasses`, `enum`, `abc`.

Reviewed exclusions: `typing.get_type_hints` and anything else that `eval`s annotation
strings with host `eval` (it would run unguarded code); `dataclasses.make_dataclass`
(builds classes outside the sandbox's class registry).
"""

from __future__ import annotations

import abc
import contextlib
import dataclasses
import enum
import keyword
import typing
from typing import TYPE_CHECKING, Any

from ..policy import register_host_type, register_metaclass_attrs
from . import ALLOWED_BASES, ALLOWED_METACLASSES, register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

_TYPING_NAMES = [
    "Annotated",
    "Any",
    "AnyStr",
    "AsyncGenerator",
    "AsyncIterable",
    "AsyncIterator",
    "Awaitable",
    "Callable",
    "ClassVar",
    "Collection",
    "Container",
    "Coroutine",
    "Counter",
    "DefaultDict",
    "Deque",
    "Dict",
    "Final",
    "FrozenSet",
    "Generator",
    "Generic",
    "Hashable",
    "ItemsView",
    "Iterable",
    "Iterator",
    "KeysView",
    "List",
    "Literal",
    "LiteralString",
    "Mapping",
    "MappingView",
    "MutableMapping",
    "MutableSequence",
    "MutableSet",
    "NamedTuple",
    "Never",
    "NewType",
    "NoReturn",
    "Optional",
    "OrderedDict",
    "ParamSpec",
    "Protocol",
    "Reversible",
    "Self",
    "Sequence",
    "Set",
    "Sized",
    "SupportsAbs",
    "SupportsFloat",
    "SupportsIndex",
    "SupportsInt",
    "SupportsRound",
    "Text",
    "Tuple",
    "Type",
    "TypeAlias",
    "TypeGuard",
    "TypeVar",
    "TypeVarTuple",
    "TypedDict",
    "Union",
    "Unpack",
    "ValuesView",
    "assert_never",
    "assert_type",
    "cast",
    "final",
    "get_args",
    "get_origin",
    "no_type_check",
    "overload",
    "runtime_checkable",
    "dataclass_transform",
    "Required",
    "NotRequired",
    "Concatenate",
]

for _name in _TYPING_NAMES:
    _obj = getattr(typing, _name)
    if isinstance(_obj, type):
        ALLOWED_BASES.add(_obj)
ALLOWED_BASES.update({typing.Generic, typing.Protocol, abc.ABC})
ALLOWED_METACLASSES.update(
    {type(typing.Protocol), typing.NamedTupleMeta if hasattr(typing, "NamedTupleMeta") else type}  # pyright: ignore[reportAttributeAccessIssue]
)
for _meta_name in ("NamedTupleMeta", "_TypedDictMeta", "_ProtocolMeta"):
    _meta = getattr(typing, _meta_name, None)
    if isinstance(_meta, type):
        ALLOWED_METACLASSES.add(_meta)
register_host_type(typing.TypeVar, "__name__ __bound__ __constraints__")
register_host_type(
    dataclasses.Field, "name type default default_factory init repr hash compare metadata kw_only"
)
register_host_type(enum.Enum, "name value _name_ _value_")
register_host_type(enum.Flag, "name value _name_ _value_")
register_metaclass_attrs(enum.EnumType, "__members__")
register_metaclass_attrs(abc.ABCMeta, "register")
ALLOWED_BASES.update({enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag, enum.StrEnum})


def _call_through_proxy(alias: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """`typing.Deque(...)`, `typing.Counter[str](...)`: CPython's `_BaseGenericAlias.__call__`,
    except that the origin is called through its sandbox stand-in (which ticks)."""
    from ..builtins import proxy_of

    if not alias._inst:
        raise TypeError(
            f"Type {alias._name} cannot be instantiated; use {alias.__origin__.__name__}() instead"
        )
    result = proxy_of(alias.__origin__)(*args, **kwargs)
    with contextlib.suppress(AttributeError):
        result.__orig_class__ = alias
    return result


#: typing's private alias classes (the ones `typing.Deque` and `typing.Deque[int]` are)
_GenericAlias: Any = getattr(typing, "_GenericAlias")  # noqa: B009
_SpecialGenericAlias: Any = getattr(typing, "_SpecialGenericAlias")  # noqa: B009


class _SafeGenericAlias(_GenericAlias, _root=True):  # pyright: ignore[reportGeneralTypeIssues, reportCallIssue]
    """`typing.Deque[int]`: calls go through the stand-in of the origin."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _call_through_proxy(self, args, kwargs)

    def __getitem__(self, params: Any) -> Any:
        from ..builtins.proxies import unproxy_params

        return _GenericAlias.__getitem__(self, unproxy_params(params))


class _SafeSpecialAlias(_SpecialGenericAlias, _root=True):  # pyright: ignore[reportGeneralTypeIssues, reportCallIssue]
    """`typing.Deque`, `typing.Counter`...: calls go through the stand-in of the origin, and
    subscripting gives a `_SafeGenericAlias`."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _call_through_proxy(self, args, kwargs)

    def copy_with(self, params: Any) -> Any:
        return _SafeGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params: Any) -> Any:
        from ..builtins.proxies import unproxy_params

        return _SpecialGenericAlias.__getitem__(self, unproxy_params(params))


#: typing's special forms whose parameters are classes (`Optional[str]`) and whose identity
#: no code compares (`Union`, `ClassVar` and `Final` stay typing's own: `get_origin(t) is
#: Union` and dataclasses' `is ClassVar` must hold)
_SpecialForm: Any = getattr(typing, "_SpecialForm")  # noqa: B009
_UNPROXIED_FORMS = ("Optional", "Type")


def _unproxied_form(form: Any) -> Any:
    """A copy of the special form `form` that gives it the real classes behind proxies."""
    from ..builtins.proxies import unproxy_params

    def getitem(self: Any, parameters: Any) -> Any:
        return form[unproxy_params(parameters)]

    getitem.__name__ = form._name
    getitem.__doc__ = form.__doc__
    return _SpecialForm(getitem)


def _safe_alias(alias: Any) -> Any:
    """The sandbox's version of a `typing` alias of a class that has a stand-in."""
    from ..builtins import PROXIES

    if type(alias) is _SpecialGenericAlias and alias.__origin__ in PROXIES:
        return _SafeSpecialAlias(
            alias.__origin__, alias._nparams, inst=alias._inst, name=alias._name
        )
    return alias


@register("typing")
def _typing(rt: Runtime) -> dict[str, Any]:
    safe = _safe_typing()
    exports = {name: safe.get(name) or getattr(typing, name) for name in _TYPING_NAMES}
    exports["TYPE_CHECKING"] = False

    def get_origin(tp: Any) -> Any:
        return rt.proxify(typing.get_origin(tp))

    def get_args(tp: Any) -> Any:
        return rt.proxify(typing.get_args(tp))

    exports.update(get_origin=get_origin, get_args=get_args)
    return exports


_SAFE_TYPING: dict[str, Any] = {}


def _safe_typing() -> dict[str, Any]:
    """name -> safe alias, for the `typing` aliases of classes with stand-ins (built once)."""
    if not _SAFE_TYPING:
        for name in _TYPING_NAMES:
            alias = getattr(typing, name)
            safe = _safe_alias(alias)
            if safe is not alias:
                _SAFE_TYPING[name] = safe
        for name in _UNPROXIED_FORMS:
            form = getattr(typing, name)
            if isinstance(form, _SpecialForm):
                _SAFE_TYPING[name] = _unproxied_form(form)
            elif name not in _SAFE_TYPING:
                _SAFE_TYPING[name] = form
    return _SAFE_TYPING


@register("dataclasses")
def _dataclasses(rt: Runtime) -> dict[str, Any]:
    register_class = rt.register_class

    def dataclass(cls: Any = None, /, **kwargs: Any) -> Any:
        def wrap(c: type) -> type:
            if not rt.policy.is_sandbox_class(c):
                raise TypeError("dataclass() can only decorate classes defined in the sandbox")
            for klass in c.__mro__:
                for field_name in klass.__dict__.get("__annotations__", {}):  # noqa: RUF063 (no evaluation)
                    # dataclasses pastes field names into source it exec()s on the host
                    if not (
                        isinstance(field_name, str) and field_name.isidentifier()
                    ) or keyword.iskeyword(field_name):
                        raise TypeError(
                            f"dataclass field names must be identifiers, not {field_name!r}"
                        )
            return register_class(dataclasses.dataclass(c, **kwargs))

        return wrap if cls is None else wrap(cls)

    exports: dict[str, Any] = {
        name: getattr(dataclasses, name)
        for name in [
            "field",
            "fields",
            "replace",
            "is_dataclass",
            "FrozenInstanceError",
            "MISSING",
            "KW_ONLY",
            "InitVar",
            "Field",
        ]
    }

    def asdict(obj: Any, *, dict_factory: Any = dict) -> Any:
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
            raise TypeError("asdict() should be called on dataclass instances")
        return _plain_copy(rt, obj, dict_factory, as_tuple=False)

    def astuple(obj: Any, *, tuple_factory: Any = tuple) -> Any:
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
            raise TypeError("astuple() should be called on dataclass instances")
        return _plain_copy(rt, obj, tuple_factory, as_tuple=True)

    exports.update(dataclass=dataclass, asdict=asdict, astuple=astuple)
    return exports


def _plain_copy(rt: Runtime, obj: Any, factory: Any, *, as_tuple: bool) -> Any:
    """CPython's asdict/astuple recursion, except that values which are neither dataclasses
    nor containers are kept as they are: CPython deep-copies them with `copy.deepcopy`,
    whose `__reduce_ex__` protocol would let sandbox code write into host objects.

    Like CPython, a value shared by several containers is copied once per path (the result
    of a DAG is exponentially large), so every container copied ticks and reports its size:
    the run's time and memory limits stop a copy that explodes."""
    next(rt.builtins["__m_tk__"])
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        fields = dataclasses.fields(obj)
        rt.allocate(64 * len(fields))
        items = [
            (f.name, _plain_copy(rt, getattr(obj, f.name), factory, as_tuple=as_tuple))
            for f in fields
        ]
        return factory([v for _, v in items]) if as_tuple else factory(items)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        rt.allocate(8 * len(obj))  # pyright: ignore[reportUnknownArgumentType]
        return type(obj)(*[_plain_copy(rt, v, factory, as_tuple=as_tuple) for v in obj])  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
    if isinstance(obj, list | tuple):
        rt.allocate(8 * len(obj))  # pyright: ignore[reportUnknownArgumentType]
        return type(obj)(_plain_copy(rt, v, factory, as_tuple=as_tuple) for v in obj)  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType, reportCallIssue]
    if isinstance(obj, dict):
        rt.allocate(16 * len(obj))  # pyright: ignore[reportUnknownArgumentType]
        return type(obj)(  # pyright: ignore[reportUnknownVariableType, reportCallIssue]
            (
                _plain_copy(rt, k, factory, as_tuple=as_tuple),
                _plain_copy(rt, v, factory, as_tuple=as_tuple),
            )
            for k, v in obj.items()  # pyright: ignore[reportUnknownVariableType]
        )
    return obj


@register("enum")
def _enum(rt: Runtime) -> dict[str, Any]:
    names = [
        "Enum",
        "IntEnum",
        "Flag",
        "IntFlag",
        "StrEnum",
        "auto",
        "unique",
        "EnumType",
        "EnumMeta",
        "member",
        "nonmember",
        "verify",
    ]
    from ..builtins import proxy_of

    return {name: proxy_of(getattr(enum, name)) for name in names if hasattr(enum, name)}


@register("abc")
def _abc(rt: Runtime) -> dict[str, Any]:
    names = [
        "ABC",
        "ABCMeta",
        "abstractproperty",
        "abstractclassmethod",
        "abstractstaticmethod",
    ]
    from ..builtins import proxy_of

    exports: dict[str, Any] = {name: proxy_of(getattr(abc, name)) for name in names}

    def abstractmethod(funcobj: Any) -> Any:
        # abc.abstractmethod sets an attribute on its argument: only sandbox objects may change
        target: Any = (
            getattr(funcobj, "__func__", funcobj)
            if type(funcobj) in (classmethod, staticmethod)
            else funcobj
        )
        if not rt.policy.is_sandbox_function(target) and not isinstance(target, property):
            raise TypeError("abstractmethod() can only mark functions defined in the sandbox")
        return abc.abstractmethod(funcobj)  # pyright: ignore[reportUnknownVariableType, reportArgumentType]

    exports["abstractmethod"] = abstractmethod
    return exports
