"""The examples in the public API's docstrings run and print what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import monty_agent


def _module_names(path: list[str], prefix: str) -> list[str]:
    """The modules of a package and its subpackages, found without importing them (the
    `pydantic_ai` subpackage is imported when its test runs, not at collection)."""
    names: list[str] = []
    for info in pkgutil.iter_modules(path, prefix):
        names.append(info.name)
        if info.ispkg:
            subpackage = str(Path(path[0]) / info.name.rsplit(".", 1)[-1])
            names += _module_names([subpackage], f"{info.name}.")
    return names


_TOOLS = [str(Path(__file__).resolve().parent.parent / "tools" / "monty_tools")]


@pytest.mark.parametrize(
    "name",
    _module_names(list(monty_agent.__path__), "monty_agent.")
    + _module_names(_TOOLS, "monty_tools."),
)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0
