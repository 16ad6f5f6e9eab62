"""Security attacks: reaching frames, code objects, globals, builtins or subclasses through introspection.

See `runner.py` for what makes an attack pass and `README.md` for the attack file format.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import runner

CATEGORY = "introspection"
MIN_ATTACKS = 50


def test_attack_count() -> None:
    assert len(runner.attacks(CATEGORY)) >= MIN_ATTACKS


@pytest.mark.parametrize("attack", runner.params(CATEGORY))
def test_attack(attack: runner.Attack, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    runner.prefetch(request.session.items)
    runner.run_and_check(attack, tmp_path)
