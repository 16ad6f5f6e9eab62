"""Conformance corpus: every `tests/cases/*.py` must behave in monty as it does in CPython.

See `tests/case_runner.py` for what is compared and for the header conventions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from case_runner import case_files, check_case, check_oracle, parse_header

CASES = case_files()
MIN_CASES = 330


def test_corpus_size() -> None:
    assert len(CASES) >= MIN_CASES, f"only {len(CASES)} case files in tests/cases"


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_case(path: Path) -> None:
    check_case(path)


ORACLE_CASES = [p for p in CASES if parse_header(p.read_text(encoding="utf-8")) is None]


@pytest.mark.parametrize("path", ORACLE_CASES, ids=[p.name for p in ORACLE_CASES])
def test_oracle(path: Path) -> None:
    """The case itself is sound under CPython: plain-data final value, no memory addresses."""
    check_oracle(path.read_text(encoding="utf-8"))
