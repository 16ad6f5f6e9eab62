"""The examples in the public API's docstrings run and print what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import monty_agent


def _modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"monty_agent.{info.name}")
        for info in pkgutil.iter_modules(monty_agent.__path__)
    ]


@pytest.mark.parametrize("module", _modules(), ids=lambda m: m.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0
