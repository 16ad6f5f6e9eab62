"""Python stubs of what a program can call: tools, inputs and the classes they use.

One generator serves three readers: `Sandbox.describe()` (the tool catalogue for a prompt),
CodeMode's `run_code` description, and the type checker (`type_check=True`). Stubs describe
what the sandbox really receives, not the host types:

* a pydantic model, a dataclass or an enum arrives as a read-only record: a class whose
  fields are typed attributes (an enum member has `name` and `value`);
* a `TypedDict` arrives as a dict: a `class X(TypedDict)` (keys, not attributes);
* where a tool takes a model or a dataclass, a dict with the same keys is accepted too;
* async tools are `async def`, sync ones `def`; docstrings and field descriptions are kept.

Tools known only by JSON schema (CodeMode tools that are not Python functions, such as
MCP tools) return JSON: their object types are `TypedDict`s.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import fractions
import inspect
import keyword
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast

import pydantic
import typing_extensions
from typing_extensions import is_typeddict

__all__ = [
    "ClassStub",
    "FieldStub",
    "FunctionStub",
    "ParamStub",
    "StubSet",
    "type_of_value",
]

#: What the stub module imports; annotations may use these names.
STUB_HEADER = (
    "import datetime\n"
    "import decimal\n"
    "import fractions\n"
    "import uuid\n"
    "from typing import Any, Literal, NotRequired, TypedDict\n"
)

_ATOMS: dict[Any, str] = {
    int: "int",
    float: "float",
    str: "str",
    bool: "bool",
    bytes: "bytes",
    complex: "complex",
    type(None): "None",
    None: "None",
    datetime.datetime: "datetime.datetime",
    datetime.date: "datetime.date",
    datetime.time: "datetime.time",
    datetime.timedelta: "datetime.timedelta",
    decimal.Decimal: "decimal.Decimal",
    fractions.Fraction: "fractions.Fraction",
    uuid.UUID: "uuid.UUID",
}
_SEQUENCES = {
    list: "list",
    Sequence: "list",
    typing.Sequence: "list",
    Iterable: "list",
    typing.Iterable: "list",
    set: "set",
    frozenset: "frozenset",
    typing.AbstractSet: "set",
}
_MAPPINGS = {dict: "dict", Mapping: "dict", typing.Mapping: "dict"}
_ITEM_QUALIFIERS = (
    typing.Required,
    typing.NotRequired,
    typing_extensions.Required,
    typing_extensions.NotRequired,
    typing_extensions.ReadOnly,
)
#: How many items of a value `type_of_value` looks at.
SAMPLE = 50


@dataclass(frozen=True, kw_only=True)
class FieldStub:
    """One field of a class stub."""

    name: str
    type: str
    required: bool = True
    doc: str | None = None


@dataclass(frozen=True, kw_only=True)
class ClassStub:
    """A class the stubs define: a read-only record (attributes) or a `TypedDict` (keys)."""

    name: str
    kind: Literal["record", "typeddict"]
    fields: tuple[FieldStub, ...]
    doc: str | None = None

    def render(self) -> str:
        """The class as Python source."""
        head = (
            f"class {self.name}(TypedDict):" if self.kind == "typeddict" else f"class {self.name}:"
        )
        lines = [head]
        if self.doc:
            lines.append(_docstring(self.doc, "    "))
        for f in self.fields:
            if self.kind == "typeddict":
                shown = f.type if f.required else f"NotRequired[{f.type}]"
                lines.append(f"    {f.name}: {shown}")
            else:
                lines.append(f"    {f.name}: {f.type}" + ("" if f.required else " = ..."))
            if f.doc:
                lines.append(_docstring(f.doc, "    "))
        if len(lines) == 1:
            lines.append("    ...")
        return "\n".join(lines)


@dataclass(frozen=True, kw_only=True)
class ParamStub:
    """One parameter of a function stub."""

    name: str
    type: str
    default: str | None = None
    kind: inspect._ParameterKind = inspect.Parameter.POSITIONAL_OR_KEYWORD


@dataclass(frozen=True, kw_only=True)
class FunctionStub:
    """A function the program can call."""

    name: str
    params: tuple[ParamStub, ...]
    returns: str
    doc: str | None = None
    is_async: bool = False

    def render(self, *, body: str = "...") -> str:
        """The function as Python source (`def` or `async def`, docstring kept)."""
        parts: list[str] = []
        previous: inspect._ParameterKind | None = None
        for p in self.params:
            kind = p.kind
            if kind is inspect.Parameter.KEYWORD_ONLY and previous not in (
                inspect.Parameter.KEYWORD_ONLY,
                inspect.Parameter.VAR_POSITIONAL,
            ):
                parts.append("*")
            if previous is inspect.Parameter.POSITIONAL_ONLY and kind not in (
                inspect.Parameter.POSITIONAL_ONLY,
            ):
                parts.append("/")
            star = {inspect.Parameter.VAR_POSITIONAL: "*", inspect.Parameter.VAR_KEYWORD: "**"}
            text = f"{star.get(kind, '')}{p.name}: {p.type}"
            if p.default is not None:
                text += f" = {p.default}"
            parts.append(text)
            previous = kind
        if previous is inspect.Parameter.POSITIONAL_ONLY:
            parts.append("/")
        prefix = "async def" if self.is_async else "def"
        head = f"{prefix} {self.name}({', '.join(parts)}) -> {self.returns}:"
        if self.doc:
            return f"{head}\n{_docstring(self.doc, '    ')}\n    {body}"
        return f"{head} {body}"


def _docstring(text: str, indent: str) -> str:
    text = inspect.cleandoc(text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = text.splitlines() or [""]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""'
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""'


@dataclass
class StubSet:
    """Stubs under construction: functions, variables and the classes their types need.

    >>> from pydantic import BaseModel
    >>> class User(BaseModel):
    ...     '''A customer.'''
    ...     id: int
    ...     name: str
    >>> async def get_user(user_id: int) -> User:
    ...     '''Look a user up.'''
    ...     raise NotImplementedError
    >>> stubs = StubSet()
    >>> stubs.add_function('get_user', get_user)
    >>> print(stubs.render())
    class User:
        \"\"\"A customer.\"\"\"
        id: int
        name: str
    <BLANKLINE>
    async def get_user(user_id: int) -> User:
        \"\"\"Look a user up.\"\"\"
        ...
    """

    classes: dict[str, ClassStub] = field(default_factory=dict[str, ClassStub])
    functions: list[FunctionStub] = field(default_factory=list[FunctionStub])
    variables: dict[str, str] = field(default_factory=dict[str, str])
    _names: dict[Any, str] = field(default_factory=dict[Any, str], repr=False)
    _json_names: dict[str, str] = field(default_factory=dict[str, str], repr=False)

    # -- Python functions and types ------------------------------------------------------
    def add_function(
        self,
        name: str,
        fn: Callable[..., Any],
        *,
        description: str | None = None,
        is_async: bool | None = None,
        keyword_only: bool = False,
        skip_first: bool = False,
    ) -> None:
        """Add a tool from its Python signature (`keyword_only` renders every parameter after
        `*`, `skip_first` drops a context parameter)."""
        try:
            signature = inspect.signature(fn, eval_str=True)
        except (TypeError, ValueError, NameError):
            self.add_untyped_function(name, doc=description, is_async=bool(is_async))
            return
        hints = _hints(fn)
        params: list[ParamStub] = []
        for i, p in enumerate(signature.parameters.values()):
            if skip_first and i == 0:
                continue
            annotation = hints.get(p.name, p.annotation)
            kind = p.kind
            if keyword_only and kind in (
                inspect.Parameter.POSITIONAL_ONLY,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
            ):
                kind = inspect.Parameter.KEYWORD_ONLY
            params.append(
                ParamStub(
                    name=p.name,
                    type=self.annotation(annotation, argument=True),
                    default=None if p.default is inspect.Parameter.empty else _default(p.default),
                    kind=kind,
                )
            )
        returns = hints.get("return", signature.return_annotation)
        if is_async is None:
            is_async = inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
                getattr(type(fn), "__call__", None)  # noqa: B004
            )
        if is_async:
            returns = _awaited(returns)
        self.functions.append(
            FunctionStub(
                name=name,
                params=tuple(params),
                returns=self.annotation(returns),
                doc=description if description is not None else inspect.getdoc(fn),
                is_async=is_async,
            )
        )

    def add_untyped_function(self, name: str, *, doc: str | None = None, is_async: bool) -> None:
        """A function whose signature is unknown: any arguments, any result."""
        self.functions.append(
            FunctionStub(
                name=name,
                params=(
                    ParamStub(name="args", type="Any", kind=inspect.Parameter.VAR_POSITIONAL),
                    ParamStub(name="kwargs", type="Any", kind=inspect.Parameter.VAR_KEYWORD),
                ),
                returns="Any",
                doc=doc,
                is_async=is_async,
            )
        )

    def add_variable(self, name: str, annotation: Any) -> None:
        """A name bound before the program runs (an input), of type `annotation`."""
        self.variables[name] = self.annotation(annotation)

    def annotation(self, tp: Any, *, argument: bool = False) -> str:
        """`tp` as the sandbox sees it, in stub syntax (classes it names are added)."""
        if tp is inspect.Parameter.empty or tp is Any or tp is object:
            return "Any"
        if tp in _ATOMS:
            return _ATOMS[tp]
        if isinstance(tp, typing.TypeVar):
            return "Any"
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Annotated:
            return self.annotation(args[0], argument=argument)
        if origin is typing.Union or origin is types.UnionType:
            return _union(self.annotation(a, argument=argument) for a in args)
        if origin is Literal:
            return f"Literal[{', '.join(repr(a) for a in args)}]"
        if origin in _ITEM_QUALIFIERS:
            return self.annotation(args[0], argument=argument)
        base = origin if origin is not None else tp
        if base in _SEQUENCES:
            item = self.annotation(args[0], argument=argument) if args else "Any"
            return f"{_SEQUENCES[base]}[{item}]"
        if base in _MAPPINGS:
            if len(args) == 2:
                key, value = (self.annotation(a, argument=argument) for a in args)
                return f"dict[{key}, {value}]"
            return "dict[Any, Any]"
        if base is tuple:
            if not args:
                return "tuple[Any, ...]"
            if len(args) == 2 and args[1] is Ellipsis:
                return f"tuple[{self.annotation(args[0], argument=argument)}, ...]"
            return f"tuple[{', '.join(self.annotation(a, argument=argument) for a in args)}]"
        if isinstance(base, type):
            return self._class(base, argument=argument)
        return "Any"

    def _class(self, tp: Any, *, argument: bool) -> str:
        if issubclass(tp, enum.Enum):
            members: list[enum.Enum] = list(tp)
            if argument:
                return f"Literal[{', '.join(repr(m.value) for m in members)}]"
            name = self._register(tp)
            if name not in self.classes:
                self.classes[name] = ClassStub(name=name, kind="record", fields=())
                values = _union(self.annotation(type(m.value)) for m in members)
                self.classes[name] = ClassStub(
                    name=name,
                    kind="record",
                    doc=_own_doc(tp),
                    fields=(
                        FieldStub(name="name", type="str"),
                        FieldStub(name="value", type=values),
                    ),
                )
            return name
        if is_typeddict(tp):
            return self._typeddict(tp)
        if issubclass(tp, pydantic.BaseModel) or dataclasses.is_dataclass(tp):
            name = self._record(tp)
            return f"{name} | dict[str, Any]" if argument else name
        return "Any"

    def _register(self, tp: Any) -> str:
        known = self._names.get(tp)
        if known is not None:
            return known
        base = getattr(tp, "__name__", "Object")
        name, n = base, 1
        taken = set(self._names.values()) | set(self._json_names.values())
        while name in taken:
            n += 1
            name = f"{base}_{n}"
        self._names[tp] = name
        return name

    def _record(self, tp: Any) -> str:
        known = self._names.get(tp)
        if known is not None:
            return known
        name = self._register(tp)
        self.classes[name] = ClassStub(name=name, kind="record", fields=())  # cycles
        fields: list[FieldStub] = []
        if issubclass(tp, pydantic.BaseModel):
            for fname, info in tp.model_fields.items():
                fields.append(
                    FieldStub(
                        name=fname,
                        type=self.annotation(info.annotation),
                        required=info.is_required(),
                        doc=info.description,
                    )
                )
            for fname, computed in tp.model_computed_fields.items():
                fields.append(
                    FieldStub(
                        name=fname,
                        type=self.annotation(computed.return_type),
                        doc=computed.description,
                    )
                )
        else:
            hints = _hints(tp)
            for f in dataclasses.fields(tp):
                required = (
                    f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                )
                fields.append(
                    FieldStub(
                        name=f.name,
                        type=self.annotation(hints.get(f.name, f.type)),
                        required=required,
                    )
                )
        self.classes[name] = ClassStub(
            name=name, kind="record", fields=tuple(fields), doc=_own_doc(tp)
        )
        return name

    def _typeddict(self, tp: Any) -> str:
        known = self._names.get(tp)
        if known is not None:
            return known
        name = self._register(tp)
        self.classes[name] = ClassStub(name=name, kind="typeddict", fields=())
        hints = _hints(tp)
        required = cast("frozenset[str]", getattr(tp, "__required_keys__", frozenset[str]()))
        fields = tuple(
            FieldStub(
                name=key, type=self.annotation(value), required=_required(key, value, required)
            )
            for key, value in hints.items()
        )
        self.classes[name] = ClassStub(name=name, kind="typeddict", fields=fields, doc=_own_doc(tp))
        return name

    # -- JSON schemas (tools known only by their schema) ---------------------------------
    def add_schema_function(
        self,
        name: str,
        parameters: Mapping[str, Any],
        returns: Mapping[str, Any] | None,
        *,
        description: str | None,
        is_async: bool = True,
        returns_type: Any = None,
    ) -> None:
        """A tool from its JSON schemas: keyword-only parameters; objects are TypedDicts.
        `returns_type`, when given, is the Python return annotation to use instead."""
        defs = cast("dict[str, Any]", parameters.get("$defs", {}))
        properties = cast("dict[str, Any]", parameters.get("properties", {}))
        required = set(cast("list[str]", parameters.get("required", [])))
        params = [
            ParamStub(
                name=_identifier(key),
                type=self.schema(value, defs),
                default=None if key in required else _schema_default(value),
                kind=inspect.Parameter.KEYWORD_ONLY,
            )
            for key, value in properties.items()
        ]
        params.sort(key=lambda p: p.default is not None)
        if returns_type is not None:
            result = self.annotation(_awaited(returns_type))
        elif returns:
            result = self.schema(returns, cast("dict[str, Any]", returns.get("$defs", {})))
        else:
            result = "Any"
        self.functions.append(
            FunctionStub(
                name=name,
                params=tuple(params),
                returns=result,
                doc=description,
                is_async=is_async,
            )
        )

    def schema(self, schema: Mapping[str, Any], defs: Mapping[str, Any]) -> str:
        """A JSON schema as a stub annotation."""
        ref = schema.get("$ref")
        if isinstance(ref, str):
            key = ref.rpartition("/")[2]
            target = defs.get(key)
            if isinstance(target, Mapping):
                return self.schema(cast("Mapping[str, Any]", target), defs)
            return "Any"
        for combo in ("anyOf", "oneOf"):
            options = schema.get(combo)
            if isinstance(options, list):
                return _union(self.schema(o, defs) for o in cast("list[Any]", options))
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        if isinstance(schema.get("enum"), list):
            return f"Literal[{', '.join(repr(v) for v in cast('list[Any]', schema['enum']))}]"
        kind = schema.get("type")
        if isinstance(kind, list):
            return _union(self.schema({**schema, "type": k}, defs) for k in cast("list[Any]", kind))
        simple = {
            "string": "str",
            "integer": "int",
            "number": "float",
            "boolean": "bool",
            "null": "None",
        }
        if kind in simple:
            return simple[kind]
        if kind == "array":
            items = schema.get("items")
            if isinstance(items, Mapping):
                return f"list[{self.schema(cast('Mapping[str, Any]', items), defs)}]"
            return "list[Any]"
        if kind == "object":
            properties = schema.get("properties")
            if isinstance(properties, Mapping) and properties and "title" in schema:
                return self._schema_class(schema, defs)
            extra = schema.get("additionalProperties")
            if isinstance(extra, Mapping):
                return f"dict[str, {self.schema(cast('Mapping[str, Any]', extra), defs)}]"
            return "dict[str, Any]"
        return "Any"

    def _schema_class(self, schema: Mapping[str, Any], defs: Mapping[str, Any]) -> str:
        title = _identifier(str(schema["title"]))
        key = repr(sorted(schema.items(), key=lambda kv: kv[0]))
        known = self._json_names.get(key)
        if known is not None:
            return known
        name, n = title, 1
        taken = set(self._names.values()) | set(self._json_names.values())
        while name in taken:
            n += 1
            name = f"{title}_{n}"
        self._json_names[key] = name
        self.classes[name] = ClassStub(name=name, kind="typeddict", fields=())
        required = set(cast("list[str]", schema.get("required", [])))
        properties = cast("dict[str, Any]", schema["properties"])
        fields = tuple(
            FieldStub(
                name=prop,
                type=self.schema(value, defs),
                required=prop in required,
                doc=cast("str | None", value.get("description")),
            )
            for prop, value in properties.items()
            if prop.isidentifier() and not keyword.iskeyword(prop)
        )
        description = schema.get("description")
        self.classes[name] = ClassStub(
            name=name,
            kind="typeddict",
            fields=fields,
            doc=description if isinstance(description, str) else None,
        )
        return name

    # -- output --------------------------------------------------------------------------
    def render(self, *, variables: bool = False) -> str:
        """Classes, then (optionally) variables, then functions, as one Python block."""
        blocks = [c.render() for c in self.classes.values()]
        if variables and self.variables:
            blocks.append("\n".join(f"{n}: {t}" for n, t in self.variables.items()))
        blocks += [f.render() for f in self.functions]
        return "\n\n".join(blocks)

    def module(self) -> str:
        """The stubs as a `.pyi` module for the type checker."""
        return STUB_HEADER + "\n" + self.render(variables=True) + "\n"


def type_of_value(value: Any, depth: int = 0) -> Any:
    """The type a value given as input has (containers typed by a sample of their items)."""
    tp: Any = cast("Any", type(value))
    if depth > 8:
        return Any
    if tp in (list, tuple, set, frozenset):
        items = list(cast("Iterable[Any]", value))[:SAMPLE]
        item = _union_type(type_of_value(v, depth + 1) for v in items)
        generic: Any = tp
        return generic[item, ...] if tp is tuple else generic[item]
    if tp is dict:
        pairs = list(cast("dict[Any, Any]", value).items())[:SAMPLE]
        key = _union_type(type_of_value(k, depth + 1) for k, _ in pairs)
        val = _union_type(type_of_value(v, depth + 1) for _, v in pairs)
        mapping: Any = dict
        return mapping[key, val]
    if tp in _ATOMS or isinstance(value, pydantic.BaseModel | enum.Enum):
        return tp
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tp
    for base in (bool, int, float, str, bytes):  # subclasses arrive as the plain type
        if isinstance(value, base):
            return base
    return Any


def _union_type(types_: Iterable[Any]) -> Any:
    """The one type all items have; `Any` when they differ (a JSON-like dict of mixed
    values would otherwise make every use of one of them an error)."""
    unique: list[Any] = []
    for t in types_:
        if t not in unique:
            unique.append(t)
    return unique[0] if len(unique) == 1 else Any


def _required(key: str, hint: Any, required_keys: frozenset[str]) -> bool:
    """Whether a TypedDict key is required (its `Required`/`NotRequired` qualifier first:
    with postponed annotations, `__required_keys__` may not have seen it)."""
    origin = typing.get_origin(hint)
    while origin is typing.Annotated or origin is typing_extensions.ReadOnly:
        hint = typing.get_args(hint)[0]
        origin = typing.get_origin(hint)
    if origin in (typing.NotRequired, typing_extensions.NotRequired):
        return False
    if origin in (typing.Required, typing_extensions.Required):
        return True
    return key in required_keys


def _union(parts: Iterable[str]) -> str:
    unique: list[str] = []
    for part in parts:
        for piece in part.split(" | "):
            if piece not in unique:
                unique.append(piece)
    if "Any" in unique:
        return "Any"
    return " | ".join(unique) if unique else "Any"


def _awaited(tp: Any) -> Any:
    """What awaiting a coroutine function's call gives (its annotation, unwrapped if it was
    written as `Awaitable[T]`)."""
    origin = typing.get_origin(tp)
    if origin is not None and origin.__name__ in ("Awaitable", "Coroutine"):
        args = typing.get_args(tp)
        return args[-1] if args else Any
    return tp


def _hints(obj: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(obj, include_extras=True)
    except Exception:
        return {}


def _own_doc(tp: Any) -> str | None:
    doc = tp.__dict__.get("__doc__")
    if not isinstance(doc, str):
        return None
    name: str = getattr(tp, "__name__", "")
    if dataclasses.is_dataclass(tp) and doc.startswith(f"{name}("):
        return None  # the generated signature, not a description
    return doc


def _default(value: Any) -> str:
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    if isinstance(value, str) and len(value) <= 40:
        return repr(value)
    return "..."


def _schema_default(schema: Mapping[str, Any]) -> str:
    return _default(schema["default"]) if "default" in schema else "..."


def _identifier(text: str) -> str:
    out = "".join(c if c.isalnum() or c == "_" else "_" for c in text) or "_"
    if out[0].isdigit():
        out = "_" + out
    return out + "_" if keyword.iskeyword(out) else out
