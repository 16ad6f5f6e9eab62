"""Names the sandbox may and may not write in its source, shared by `check` and `policy`."""

from __future__ import annotations

__all__ = [
    "FORBIDDEN_METHOD_DEFS",
    "INTERNAL_PREFIX",
    "OPERATOR_DUNDERS",
    "SOURCE_DUNDER_ATTRS",
    "SOURCE_DUNDER_NAMES",
    "is_dunder",
]

#: Prefix of the names the lowered code uses for its guards; sandbox source may never use it.
INTERNAL_PREFIX = "__m_"

#: Operator, conversion and protocol dunders: defining and calling them runs ordinary code.
OPERATOR_DUNDERS = frozenset(
    f"__{n}__"
    for n in [
        "add",
        "radd",
        "iadd",
        "sub",
        "rsub",
        "isub",
        "mul",
        "rmul",
        "imul",
        "matmul",
        "rmatmul",
        "imatmul",
        "truediv",
        "rtruediv",
        "itruediv",
        "floordiv",
        "rfloordiv",
        "ifloordiv",
        "mod",
        "rmod",
        "imod",
        "divmod",
        "rdivmod",
        "pow",
        "rpow",
        "ipow",
        "lshift",
        "rlshift",
        "ilshift",
        "rshift",
        "rrshift",
        "irshift",
        "and",
        "rand",
        "iand",
        "or",
        "ror",
        "ior",
        "xor",
        "rxor",
        "ixor",
        "neg",
        "pos",
        "abs",
        "invert",
        "round",
        "trunc",
        "floor",
        "ceil",
        "int",
        "float",
        "complex",
        "index",
        "bool",
        "eq",
        "ne",
        "lt",
        "le",
        "gt",
        "ge",
        "hash",
        "len",
        "iter",
        "next",
        "reversed",
        "contains",
        "getitem",
        "setitem",
        "delitem",
        "missing",
        "call",
        "enter",
        "exit",
        "aenter",
        "aexit",
        "aiter",
        "anext",
        "await",
        "repr",
        "str",
        "format",
        "bytes",
        "init",
        "new",
        "post_init",
        "init_subclass",
        "set_name",
        "class_getitem",
        "copy",
        "deepcopy",
        "length_hint",
        "instancecheck",
        "subclasscheck",
    ]
)

#: Dunder attributes that may be written in source (`obj.__name__`); the policy still decides
#: per type at run time whether the read is allowed.
SOURCE_DUNDER_ATTRS = OPERATOR_DUNDERS | frozenset(
    {
        "__name__",
        "__qualname__",
        "__doc__",
        "__module__",
        "__class__",
        "__dict__",
        "__bases__",
        "__mro__",
        "__annotations__",
        "__dataclass_fields__",
        "__match_args__",
        "__slots__",
        "__members__",
        "__cause__",
        "__context__",
        "__suppress_context__",
        "__notes__",
        "__wrapped__",
        "__defaults__",
        "__kwdefaults__",
        "__self__",
        "__func__",
        "__setattr__",
        "__getattr__",
        "__delattr__",
        "__getattribute__",
        "__orig_bases__",
        "__parameters__",
        "__origin__",
        "__args__",
        "__total__",
        "__required_keys__",
        "__optional_keys__",
        "__abstractmethods__",
        "__fields__",
    }
)

#: Dunder names (not attributes) that may be written in source.
SOURCE_DUNDER_NAMES = frozenset({"__name__", "__doc__", "__debug__", "__annotations__"})

#: Methods a sandbox class may not define: they would run sandbox code outside the run.
FORBIDDEN_METHOD_DEFS = frozenset(
    {"__del__", "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__"}
)


def is_dunder(name: str) -> bool:
    """True for `__x__` names (at least one character between the underscores)."""
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def is_class_proxy(obj: object) -> bool:
    """True for the sandbox's stand-ins for builtin classes (`list`, `map`, `type`...)."""
    return bool(getattr(type(obj), "__monty_proxy__", False))
