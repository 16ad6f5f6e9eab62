"""Process isolation: monty-agent's warm worker pool against pydantic-monty's.

Measurements of `1 + 2`, each the best (minimum) of `--repeat` batches of `--runs` runs, in
microseconds per run. The two engines' batches are interleaved (one batch of every
operation per round), so both meet the machine in the same state:

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


async def batch_us(op: Op, runs: int) -> float:
    """One batch's time per run, in microseconds."""
    start = time.perf_counter()
    for _ in range(runs):
        await op()
    return (time.perf_counter() - start) / runs * 1e6


async def measure(runs: int, repeat: int) -> dict[str, dict[str, float]]:
    """Every operation of both engines, batch after batch, interleaved: each round runs one
    batch of each, so a slower minute of the machine weighs on both alike. The best batch
    of each operation counts."""
    pool = ma.WorkerPool(size=2)
    await pool.warm()
    program = ma.MontyRun(CODE)
    stack = contextlib.AsyncExitStack()
    session = await stack.enter_async_context(ma.MontySession(isolation="process", pool=pool))

    async def session_run() -> Any:
        async with ma.MontySession(isolation="process", pool=pool) as s:
            return await s.run(CODE)

    ops: dict[tuple[str, str], Op] = {
        ("monty-agent", "round trip on a warm pool"): lambda: program.run_async(
            isolation="process", pool=pool
        ),
        ("monty-agent", "session snippet (warm)"): lambda: session.run(CODE),
        ("monty-agent", "session: checkout + snippet + close"): session_run,
        ("monty-agent", "in-process run"): lambda: program.run_async(),
    }
    try:
        import pydantic_monty  # pyright: ignore[reportMissingTypeStubs]
    except ImportError:  # pragma: no cover - a dev dependency
        pydantic_monty = None
    if pydantic_monty is not None:
        limits = pydantic_monty.ResourceLimits(max_suspensions=10**9)
        their_pool: Any = await stack.enter_async_context(
            pydantic_monty.AsyncMonty(min_processes=2, max_processes=2)
        )
        their_session: Any = await stack.enter_async_context(their_pool.checkout(limits=limits))

        async def checkout_run() -> Any:
            async with their_pool.checkout() as s:
                return await s.feed_run(CODE)

        ops[("pydantic-monty", "round trip on a warm pool")] = lambda: their_session.feed_run(CODE)
        ops[("pydantic-monty", "checkout + run")] = checkout_run
    async with stack:
        for op in ops.values():  # warm-up
            for _ in range(min(runs, 20)):
                assert await op() == 3
        best: dict[tuple[str, str], float] = {}
        for _ in range(repeat):
            for key, op in ops.items():
                best[key] = min(best.get(key, float("inf")), await batch_us(op, runs))
    pool.close()
    results: dict[str, dict[str, float]] = {"monty-agent": {}, "pydantic-monty": {}}
    for (engine, name), value in best.items():
        results[engine][name] = value
    ours = results["monty-agent"]
    ours["checkout + run"] = ours["round trip on a warm pool"]
    theirs = results["pydantic-monty"]
    if theirs:
        theirs["session snippet (warm)"] = theirs["round trip on a warm pool"]
        theirs["session: checkout + snippet + close"] = theirs["checkout + run"]
    order = [
        "round trip on a warm pool",
        "checkout + run",
        "session snippet (warm)",
        "session: checkout + snippet + close",
        "in-process run",
    ]
    results["monty-agent"] = {name: ours[name] for name in order}
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
