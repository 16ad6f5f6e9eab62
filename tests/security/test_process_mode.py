"""The whole attack suite again, with `isolation='process'`: each attack runs in a locked-down
worker process (see docs/isolation.md), and must be contained there exactly as in-process.

The in-process known holes (C-level exponential work in one call that holds the GIL) are not
expected to fail here: the host kills a worker that overruns its time limit, so those runs
end with the `TimeoutError` of the limit, on time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import runner


def _all_attacks() -> list[Any]:
    return [
        pytest.param(attack, id=f"{category}/{attack.name}")
        for category in runner.CATEGORIES
        for attack in runner.attacks(category)
    ]


@pytest.mark.parametrize("attack", _all_attacks())
def test_attack_in_a_worker_process(attack: runner.Attack, tmp_path: Path) -> None:
    runner.run_and_check_in_worker(attack, tmp_path)


def test_known_holes_are_closed_in_process_mode() -> None:
    holes = [a for c in runner.CATEGORIES for a in runner.attacks(c) if a.known_hole]
    assert len(holes) >= 4  # each also runs above, without an xfail mark
