# pyright: reportUnknownMemberType=false, reportUnknownArgumentType=false
"""Sandbox modules that classes need: `typing`, `dataclasses`, `enum`, `abc`.

Reviewed exclusions: `typing.get_type_hints` and anything else that `eval`s annotation
strings with host `eval` (it would run unguarded code); `dataclasses.make_dataclass`
(builds classes outside the sandbox's class registry).
"""

from __future__ import annotations

import abc
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


@register("typing")
def _typing(rt: Runtime) -> dict[str, Any]:
    exports = {name: getattr(typing, name) for name in _TYPING_NAMES}
    exports["TYPE_CHECKING"] = False

    def get_origin(tp: Any) -> Any:
        return rt.proxify(typing.get_origin(tp))

    def get_args(tp: Any) -> Any:
        return rt.proxify(typing.get_args(tp))

    exports.update(get_origin=get_origin, get_args=get_args)
    return exports


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
        return _plain_copy(obj, dict_factory, as_tuple=False)

    def astuple(obj: Any, *, tuple_factory: Any = tuple) -> Any:
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
            raise TypeError("astuple() should be called on dataclass instances")
        return _plain_copy(obj, tuple_factory, as_tuple=True)

    exports.update(dataclass=dataclass, asdict=asdict, astuple=astuple)
    return exports


def _plain_copy(obj: Any, factory: Any, *, as_tuple: bool) -> Any:
    """CPython's asdict/astuple recursion, except that values which are neither dataclasses
    nor containers are kept as they are: CPython deep-copies them with `copy.deepcopy`,
    whose `__reduce_ex__` protocol would let sandbox code write into host objects."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        items = [
            (f.name, _plain_copy(getattr(obj, f.name), factory, as_tuple=as_tuple))
            for f in dataclasses.fields(obj)
        ]
        return factory([v for _, v in items]) if as_tuple else factory(items)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_plain_copy(v, factory, as_tuple=as_tuple) for v in obj])  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
    if isinstance(obj, list | tuple):
        return type(obj)(_plain_copy(v, factory, as_tuple=as_tuple) for v in obj)  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType, reportCallIssue]
    if isinstance(obj, dict):
        return type(obj)(  # pyright: ignore[reportUnknownVariableType, reportCallIssue]
            (_plain_copy(k, factory, as_tuple=as_tuple), _plain_copy(v, factory, as_tuple=as_tuple))
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
    return {name: getattr(enum, name) for name in names if hasattr(enum, name)}


@register("abc")
def _abc(rt: Runtime) -> dict[str, Any]:
    names = [
        "ABC",
        "ABCMeta",
        "abstractproperty",
        "abstractclassmethod",
        "abstractstaticmethod",
    ]
    exports: dict[str, Any] = {name: getattr(abc, name) for name in names}

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
