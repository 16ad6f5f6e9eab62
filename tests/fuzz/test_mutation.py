"""Mutation fuzzing of sandbox-escape attacks: no mutant gets anything out of the sandbox.

Each mutant (see `mutate.py`) runs with a canary secret in `os.environ`
(`MONTY_CANARY_SECRET`), a canary file given as the input `canary_path` and a path it must not
create given as `canary_write_path`. The run must end in a `MontyError` or return plain data;
no secret may appear in what it printed, returned or raised; the returned value may hold no
frame, code object, host module, or globals/builtins dict (nor their reprs); nothing may be
written to the host's own stdout or stderr; and the time limit must roughly hold.

A mutant of an attack that already escapes unmutated proves nothing new (the security suite
in `tests/security` reports that attack): such mutants are discarded.

    uv run pytest tests/fuzz/test_mutation.py               # CI: 200 mutants, derandomized
    MONTY_FUZZ=long uv run pytest tests/fuzz/test_mutation.py  # 20,000 random mutants

The CI profile leaves out the `control` attacks (mostly loops and finalizers that test the
time limit, and slow); the long profile mutates every seed. `MONTY_FUZZ_EXAMPLES=N`
overrides the long profile's count.
"""

from __future__ import annotations

from functools import cache

from harness import LONG, FuzzFailure, check_contained, fuzz_settings
from hypothesis import event, given, reject
from mutate import SEEDS, Seed, mutants

POOL = SEEDS if LONG else [s for s in SEEDS if not s.name.startswith("control/")]


@cache
def seed_escapes(seed: Seed) -> bool:
    try:
        check_contained(seed.source, seed.max_duration, seed.max_memory)
    except FuzzFailure:
        return True
    return False


def test_there_are_seeds() -> None:
    assert len(POOL) >= 40


@fuzz_settings(ci_examples=200)
@given(mutants(POOL))
def test_mutated_attacks_stay_contained(mutant: tuple[Seed, str]) -> None:
    seed, src = mutant
    try:
        outcome = check_contained(src, seed.max_duration, seed.max_memory)
    except FuzzFailure:
        if seed_escapes(seed):
            event(f"seed escapes by itself: {seed.name}")
            reject()
        raise
    event(outcome.kind)
    if outcome.unraisable:
        event("unraisable exception or warning")
