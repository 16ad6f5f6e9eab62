"""Long fuzzing campaigns that keep going after a failure, for running by hand.

    uv run python tests/fuzz/campaign.py differential --minutes 5 [--seed N]
    uv run python tests/fuzz/campaign.py mutation --minutes 5 [--seed N]

The pytest long profiles (`MONTY_FUZZ=long uv run pytest tests/fuzz`) stop at the first
failure and shrink it; a campaign instead records every failure, reduces each one by
deleting statements while the same failure persists, and prints one minimal program per
distinct failure signature, with totals. `--out DIR` also writes each minimal program to
`DIR/fuzz_<n>.py`.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from harness import FuzzFailure, OracleTimeout, check_contained, check_differential
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st


def signature(failure: FuzzFailure) -> str:
    """Failures with the same signature are (probably) the same bug."""
    return failure.signature


def reduce(src: str, sig: str, check: Callable[[str], object]) -> str:
    """Delete statements (and unwrap compound ones) while the failure keeps its signature."""

    def still_fails(candidate: str) -> bool:
        try:
            compile(candidate, "main.py", "exec", dont_inherit=True)
            check(candidate)
        except FuzzFailure as f:
            return signature(f) == sig
        except Exception:
            return False
        return False

    changed = True
    while changed:
        changed = False
        tree = ast.parse(src)
        bodies: list[list[ast.stmt]] = [
            getattr(node, name)
            for node in ast.walk(tree)
            for name in ("body", "orelse", "finalbody", "handlers")
            if isinstance(getattr(node, name, None), list)
        ]
        for body in bodies:
            for i in range(len(body) - 1, -1, -1):
                removed = body.pop(i)
                replacement: list[ast.stmt] = [ast.Pass()] if not body else []
                body[i:i] = replacement
                candidate = ast.unparse(tree) + "\n"
                if candidate != src and still_fails(candidate):
                    src, changed = candidate, True
                    break
                del body[i : i + len(replacement)]
                body.insert(i, removed)
            if changed:
                break
    return src


def run(kind: str, minutes: float, seed_value: int, out: Path | None) -> int:
    if kind == "differential":
        from generate import programs

        strategy: st.SearchStrategy[str] = programs()

        def check(src: str) -> object:
            return check_differential(src)
    else:
        from mutate import SEEDS, Seed, mutants

        by_name = {s.name: s for s in SEEDS}
        escaping: dict[str, bool] = {}

        def seed_escapes(seed_: Seed) -> bool:
            if seed_.name not in escaping:
                try:
                    check_contained(seed_.source, seed_.max_duration, seed_.max_memory)
                    escaping[seed_.name] = False
                except FuzzFailure:
                    escaping[seed_.name] = True
            return escaping[seed_.name]

        # the seed's name rides along in a trailing comment (reduction drops it)
        strategy = mutants().map(lambda m: m[1] + "#seed " + m[0].name + "\n")

        def check(src: str) -> object:
            seed_ = by_name.get(src.rsplit("#seed ", 1)[-1].strip()) if "#seed " in src else None
            if seed_ is None:
                return check_contained(src)
            try:
                return check_contained(src, seed_.max_duration, seed_.max_memory)
            except FuzzFailure:
                if seed_escapes(seed_):
                    return "seed escapes by itself"
                raise

    deadline = time.monotonic() + minutes * 60
    stats = {"run": 0, "failed": 0, "skipped": 0}
    outcomes: dict[str, int] = {}
    found: dict[str, str] = {}

    @seed(seed_value)
    @settings(
        max_examples=10**9,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def explore(src: str) -> None:
        if time.monotonic() > deadline:
            raise TimeoutError
        stats["run"] += 1
        try:
            verdict = check(src)
            key = verdict if isinstance(verdict, str) else getattr(verdict, "kind", "?")
            if getattr(verdict, "unraisable", 0):
                outcomes["unraisable/warning"] = outcomes.get("unraisable/warning", 0) + 1
            outcomes[key] = outcomes.get(key, 0) + 1
        except OracleTimeout:
            stats["skipped"] += 1
        except FuzzFailure as failure:
            stats["failed"] += 1
            sig = signature(failure)
            if sig not in found:
                found[sig] = src
                print(f"\n!! new failure ({sig[:120]}...)", flush=True)

    start = time.monotonic()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with contextlib.suppress(TimeoutError):
            explore()
    elapsed = (time.monotonic() - start) / 60
    print(
        f"\n== {kind}: {stats['run']} programs in {elapsed:.1f} min; outcomes {outcomes}; "
        f"{stats['failed']} failing runs, {len(found)} distinct; {stats['skipped']} skipped"
    )
    for n, (sig, src) in enumerate(found.items()):
        small = reduce(src, sig, check)
        print(f"\n-- failure {n}: {sig}\n{small}")
        try:
            check(small)
        except FuzzFailure as failure:
            print(str(failure).split("\n--- program ---\n")[0])
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            (out / f"{kind}_{n}.py").write_text(small)
    return 1 if found else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["differential", "mutation"])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    return run(args.kind, args.minutes, args.seed, args.out)


if __name__ == "__main__":
    sys.exit(main())
