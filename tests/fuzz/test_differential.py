"""Differential fuzzing: random valid programs behave in the sandbox as they do in CPython.

Each program from `generate.programs()` runs under CPython (the oracle, via
`tests/case_runner.py`) and in the sandbox. The outcomes (stdout, the final value's repr, the
uncaught exception's type and message) must agree, unless the sandbox refuses the program
deliberately (`MontySyntaxError`, or a run-time error whose message names the sandbox). Any
exception other than a `MontyError` reaching the host is a bug.

    uv run pytest tests/fuzz/test_differential.py               # CI: 150 programs, derandomized
    MONTY_FUZZ=long uv run pytest tests/fuzz/test_differential.py  # 20,000 random programs

`MONTY_FUZZ_EXAMPLES=N` overrides the long profile's count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from case_runner import check_oracle
from generate import MAX_LINES, programs
from harness import OracleTimeout, check_differential, fuzz_settings
from hypothesis import event, given, reject


@fuzz_settings(ci_examples=150)
@given(programs())
def test_sandbox_agrees_with_cpython(src: str) -> None:
    try:
        verdict = check_differential(src)
    except OracleTimeout:
        reject()  # the generator made a slow program; not the sandbox's fault
    event(verdict)


@fuzz_settings(ci_examples=50, long_examples=2_000)
@given(programs())
def test_generated_programs_are_small_and_valid(src: str) -> None:
    assert len(src.splitlines()) <= MAX_LINES, src
    compile(ast.parse(src), "main.py", "exec", dont_inherit=True)


FOUND = sorted((Path(__file__).parent / "found").glob("*.py"))


@pytest.mark.parametrize("path", FOUND, ids=[p.name for p in FOUND])
def test_found_programs_are_sound_cases(path: Path) -> None:
    """Programs in found/ are ready to become corpus cases: valid under the oracle, with a
    plain-data final value and no memory addresses in their outcome."""
    check_oracle(path.read_text(encoding="utf-8"))
