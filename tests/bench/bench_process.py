"""Process isolation: monty-agent's warm worker pool against pydantic-monty's.

Measurements of `1 + 2`, each the best (minimum) of `--repeat` batches of `--runs` runs, in
microseconds per run:

- ``round trip on a warm pool``: monty-agent: `await MontyRun(code).run_async(
  isolation='process', pool=pool)` (taking an idle worker is part of it); pydantic-monty:
  `await session.feed_run(code)` on a session checked out of `AsyncMonty` once.
- ``checkout + run``: monty-agent: the same call; pydantic-monty: `async with
  pool.checkout() as s: await s.feed_run(code)`.
- ``session snippet (warm)``: a REPL session already holding a worker runs the snippet
  (monty-agent: `await MontySession(isolation='process').run(code)`; pydantic-monty:
  `feed_run` as above).
- ``session: checkout + snippet + close``: monty-agent's `async with MontySession(...) as s:
  await s.run(code)`; pydantic-monty's checkout + `feed_run`.
- ``in-process run``: monty-agent's `run_async` without a worker, for reference.

Both pools have two warm workers. Run from the project root::

    uv run python tests/bench/bench_process.py
    uv run python tests/bench/bench_process.py --runs 500 --repeat 7
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import monty_agent as ma

CODE = "1 + 2"
Op = Callable[[], Awaitable[Any]]


async def best_us(op: Op, runs: int, repeat: int) -> float:
    """The best batch's time per run, in microseconds (after a warm-up batch)."""
    for _ in range(min(runs, 20)):
        assert await op() == 3
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(runs):
            await op()
        best = min(best, (time.perf_counter() - start) / runs)
    return best * 1e6


async def measure(runs: int, repeat: int) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    pool = ma.WorkerPool(size=2)
    await pool.warm()
    program = ma.MontyRun(CODE)
    ours: dict[str, float] = {}
    ours["round trip on a warm pool"] = await best_us(
        lambda: program.run_async(isolation="process", pool=pool), runs, repeat
    )
    ours["checkout + run"] = ours["round trip on a warm pool"]
    async with ma.MontySession(isolation="process", pool=pool) as session:
        ours["session snippet (warm)"] = await best_us(lambda: session.run(CODE), runs, repeat)

    async def session_run() -> Any:
        async with ma.MontySession(isolation="process", pool=pool) as s:
            return await s.run(CODE)

    ours["session: checkout + snippet + close"] = await best_us(session_run, runs, repeat)
    ours["in-process run"] = await best_us(lambda: program.run_async(), runs, repeat)
    pool.close()
    results["monty-agent"] = ours

    try:
        import pydantic_monty  # pyright: ignore[reportMissingTypeStubs]
    except ImportError:  # pragma: no cover - a dev dependency
        return results
    theirs: dict[str, float] = {}
    limits = pydantic_monty.ResourceLimits(max_suspensions=10**9)
    async with contextlib.AsyncExitStack() as stack:
        their_pool: Any = await stack.enter_async_context(
            pydantic_monty.AsyncMonty(min_processes=2, max_processes=2)
        )
        async with their_pool.checkout(limits=limits) as their_session:
            warm = await best_us(lambda: their_session.feed_run(CODE), runs, repeat)
        theirs["round trip on a warm pool"] = theirs["session snippet (warm)"] = warm

        async def checkout_run() -> Any:
            async with their_pool.checkout() as s:
                return await s.feed_run(CODE)

        cold = await best_us(checkout_run, runs, repeat)
        theirs["checkout + run"] = theirs["session: checkout + snippet + close"] = cold
    results["pydantic-monty"] = theirs
    return results


def report(results: dict[str, dict[str, float]]) -> None:
    ours, theirs = results["monty-agent"], results.get("pydantic-monty", {})
    print(f"{'`1 + 2`, us per run':36} {'monty-agent':>12} {'pydantic-monty':>15} {'ratio':>7}")
    for name, value in ours.items():
        other = theirs.get(name)
        ratio = f"{value / other:.2f}x" if other else "-"
        shown = f"{other:.0f}" if other else "-"
        print(f"{name:36} {value:12.0f} {shown:>15} {ratio:>7}")
    print("ratio: monty-agent's time / pydantic-monty's (below 1: monty-agent is faster)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=300, help="runs per timed batch")
    parser.add_argument("--repeat", type=int, default=5, help="timed batches (the best counts)")
    args = parser.parse_args(argv)
    report(asyncio.run(measure(args.runs, args.repeat)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
