# pyright: reportUnusedImport=false
"""The registry of modules the sandbox can import, and class-definition checks.

Each sandbox module is a `SandboxModule` built fresh for every run from a builder in
`REGISTRY`, so nothing a run does to a module is seen by another run. Every export was
reviewed against the security model; see each builder's module for the reasoning.
"""

from __future__ import annotations

import abc
import enum
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..names import is_class_proxy
from ..policy import HOST_ATTRS, SandboxModule

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["ALLOWED_BASES", "ALLOWED_METACLASSES", "REGISTRY", "check_bases", "import_module"]

Builder = Callable[["Runtime"], dict[str, Any]]
REGISTRY: dict[str, Builder] = {}

#: Metaclasses a sandbox class may have (given explicitly or through its bases).
ALLOWED_METACLASSES: set[type] = {type, abc.ABCMeta, enum.EnumType}
#: Host classes (besides those with an attribute allow-list) a sandbox class may derive from.
ALLOWED_BASES: set[Any] = set()


def register(name: str) -> Callable[[Builder], Builder]:
    """Decorator: register the builder of sandbox module `name`."""

    def deco(builder: Builder) -> Builder:
        REGISTRY[name] = builder
        return builder

    return deco


def available() -> list[str]:
    """Names of the importable modules."""
    return sorted(REGISTRY)


def import_module(rt: Runtime, name: str, fromlist: Any = ()) -> SandboxModule:
    """`__import__` for the sandbox: modules come from the registry only."""
    if type(name) is not str:
        raise TypeError(f"module name must be str, not {type(name).__name__}")
    top = name.partition(".")[0]
    for prefix in _prefixes(name):
        if prefix not in rt.modules:
            builder = REGISTRY.get(prefix)
            if builder is None:
                raise ModuleNotFoundError(
                    f"No module named '{prefix}' (the sandbox provides: {', '.join(available())})",
                    name=prefix,
                )
            module = SandboxModule(prefix, builder(rt))
            rt.modules[prefix] = module
            parent, _, child = prefix.rpartition(".")
            if parent:
                rt.modules[parent].__dict__[child] = module
    return rt.modules[name] if fromlist else rt.modules[top]


def _prefixes(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def check_bases(rt: Runtime, name: str, bases: tuple[Any, ...], kwds: dict[str, Any]) -> None:
    """Refuse class definitions that would give the sandbox a host metaclass or base it may not have."""
    meta = kwds.get("metaclass")
    if meta is not None and meta not in ALLOWED_METACLASSES:
        raise TypeError(f"class {name}: custom metaclasses are not supported in the sandbox")
    for base in bases:
        real = getattr(base, "_cls", None) if is_class_proxy(base) else base
        if real is type or (isinstance(real, type) and issubclass(real, type)):
            raise TypeError(f"class {name}: defining metaclasses is not supported in the sandbox")
        if not isinstance(real, type):
            if hasattr(base, "__mro_entries__") or base in ALLOWED_BASES:
                continue
            raise TypeError(f"class {name}: bases must be classes")
        if real in rt.policy.sandbox_classes or real in ALLOWED_BASES or real in HOST_ATTRS:
            continue
        if issubclass(real, BaseException) or real.__module__ in (
            "typing",
            "enum",
            "abc",
            "collections",
        ):
            continue
        raise TypeError(f"class {name}: cannot subclass '{real.__name__}' in the sandbox")
        if type(real) not in ALLOWED_METACLASSES and not _typing_meta(
            type(real)
        ):  # pragma: no cover
            raise TypeError(f"class {name}: its metaclass is not supported in the sandbox")


def _typing_meta(meta: type) -> bool:
    return meta.__module__ in ("typing", "enum", "abc")


# Import the builders so they register themselves.
from . import (  # noqa: E402, F401
    asyncio_module,
    os_module,
    pathlib_module,
    re_module,
    stdlib_classes,
    stdlib_codecs,
    stdlib_data,
    stdlib_decimal,
    stdlib_io,
    stdlib_numbers,
    stdlib_random,
    stdlib_text,
    stdlib_time,
    sys_module,
    warnings_module,
)

_ = typing
