"""Async benchmarks: monty-agent's `run_async` against pydantic-monty's `AsyncMonty` and plain
CPython asyncio (the ideal: the same code run with top-level `await` on the host).

Four measurements, each the best (minimum) of several runs:

- ``gather``: the sandbox awaits ``asyncio.gather`` over 200 tool calls; each tool sleeps
  50 ms on the host (``await asyncio.sleep(0.05)``). Wall time per run, ms.
- ``sequential``: the sandbox awaits a no-op async tool 1000 times in a row. Microseconds
  per call (best run time / 1000).
- ``run_async('1 + 2')``: a trivial program run asynchronously, microseconds per run.
- ``run('1 + 2')``: the same run synchronously (no event loop involved), microseconds.

Then monty-agent's snapshots: the size and dump/load time of a run paused after 100 tool
calls, and of an idle session whose snippet made 100.

Run from the project root (also run at the end of ``bench.py``)::

    uv run python tests/bench/bench_async.py
    uv run python tests/bench/bench_async.py --repeat 30 --engines CPython,monty-agent

The engines: CPython compiles the code once with ``PyCF_ALLOW_TOP_LEVEL_AWAIT`` and times
``await eval(code, fresh_namespace)``; monty-agent builds ``MontyRun(code,
async_functions=[...])`` once and times ``await run.run_async(external_functions=...)``;
pydantic-monty checks a session out of an ``AsyncMonty`` pool once and times ``await
session.feed_run(code, external_lookup=...)`` (its sync row uses a ``Monty`` pool).
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import builtins
import contextlib
import gc
import importlib
import json
import platform
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import (  # needs the path above when run as a script
    CPYTHON,
    MONTY_AGENT,
    PYDANTIC_MONTY,
    RESULT_NAME,
    format_ratio,
    package_version,
    print_table,
    short_error,
    values_equal,
)

ASYNC_ENGINES = (CPYTHON, MONTY_AGENT, PYDANTIC_MONTY)
GATHER_CALLS = 200
SLEEP_SECONDS = 0.05
SEQUENTIAL_CALLS = 1000


async def tool(i: int) -> int:
    """A tool that waits on the host: 50 ms of `asyncio.sleep`."""
    await asyncio.sleep(SLEEP_SECONDS)
    return i


async def noop(i: int) -> int:
    """A tool that returns at once."""
    return i


@dataclass(frozen=True)
class AsyncBench:
    """One measurement: `code` run with `tools`; a run's time is divided by `per` and shown
    in `unit` (`scale` units per second)."""

    name: str
    code: str
    tools: dict[str, Callable[..., Any]]
    unit: str
    scale: float
    per: int = 1
    sync: bool = False
    overhead: bool = False  # run as often as `--overhead-runs` says, without a gc per run

    def label(self) -> str:
        """Row label: name and unit."""
        return f"{self.name} ({self.unit})"


BENCHES: tuple[AsyncBench, ...] = (
    AsyncBench(
        f"gather {GATHER_CALLS} x sleep({SLEEP_SECONDS})",
        f"import asyncio\nawait asyncio.gather(*(tool(i) for i in range({GATHER_CALLS})))",
        {"tool": tool},
        "ms",
        1e3,
    ),
    AsyncBench(
        f"{SEQUENTIAL_CALLS} sequential no-op calls",
        f"total = 0\nfor i in range({SEQUENTIAL_CALLS}):\n    total += await noop(i)\ntotal",
        {"noop": noop},
        "µs per call",
        1e6,
        per=SEQUENTIAL_CALLS,
    ),
    AsyncBench("run_async('1 + 2')", "1 + 2", {}, "µs per run", 1e6, overhead=True),
    AsyncBench("run('1 + 2'), sync", "1 + 2", {}, "µs per run", 1e6, sync=True, overhead=True),
)

RunAsync = Callable[[], Awaitable[object]]


# --------------------------------------------------------------------------------------
# Engines
# --------------------------------------------------------------------------------------


class AsyncEngine:
    """An engine's async (and sync) way to run a benchmark's code."""

    name: str = ""
    version: str = ""

    async def open(self, stack: contextlib.AsyncExitStack) -> None:
        """Start the engine (pools are closed by `stack`)."""

    async def prepare(self, bench: AsyncBench, stack: contextlib.AsyncExitStack) -> RunAsync:
        """Everything but the timed call; returns the timed call."""
        raise NotImplementedError


class CPythonAsync(AsyncEngine):
    """Host asyncio: the code compiled with top-level await, the tools as globals."""

    name = CPYTHON

    async def open(self, stack: contextlib.AsyncExitStack) -> None:
        self.version = platform.python_version()

    async def prepare(self, bench: AsyncBench, stack: contextlib.AsyncExitStack) -> RunAsync:
        tree = ast.parse(bench.code)
        last = tree.body[-1]
        if isinstance(last, ast.Expr):
            assign = ast.Assign(targets=[ast.Name(RESULT_NAME, ast.Store())], value=last.value)
            tree.body[-1] = ast.copy_location(assign, last)
            ast.fix_missing_locations(tree)
        code = compile(tree, "bench.py", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

        def namespace() -> dict[str, Any]:
            return {"__name__": "__main__", "__builtins__": builtins, **bench.tools}

        if bench.sync:

            async def run_sync() -> object:
                ns = namespace()
                exec(code, ns)
                return ns.get(RESULT_NAME)

            return run_sync

        async def run() -> object:
            ns = namespace()
            pending = eval(code, ns)
            if pending is not None:
                await pending
            return ns.get(RESULT_NAME)

        return run


class MontyAgentAsync(AsyncEngine):
    """`MontyRun(code, async_functions=...)` once; `run_async` (or `run`) timed."""

    name = MONTY_AGENT

    async def open(self, stack: contextlib.AsyncExitStack) -> None:
        module = importlib.import_module("monty_agent")
        self.monty_run: Any = module.MontyRun
        self.version = str(getattr(module, "__version__", "") or package_version("monty-agent"))

    async def prepare(self, bench: AsyncBench, stack: contextlib.AsyncExitStack) -> RunAsync:
        runner = self.monty_run(bench.code, async_functions=list(bench.tools))
        tools = bench.tools
        if bench.sync:

            async def run_sync() -> object:
                return runner.run()

            return run_sync

        async def run() -> object:
            return await runner.run_async(external_functions=tools)

        return run


class PydanticMontyAsync(AsyncEngine):
    """An `AsyncMonty` pool; one checked-out session per benchmark (`Monty` for sync)."""

    name = PYDANTIC_MONTY

    async def open(self, stack: contextlib.AsyncExitStack) -> None:
        self.module: Any = importlib.import_module("pydantic_monty")
        if not hasattr(self.module, "AsyncMonty"):
            raise RuntimeError("pydantic_monty has no AsyncMonty")
        self.version = package_version("pydantic-monty")
        self.pool: Any = await stack.enter_async_context(self.module.AsyncMonty(min_processes=1))
        self.sync_pool: Any = stack.enter_context(self.module.Monty(min_processes=1))

    def _limits(self) -> Any:
        # a session allows 1000 suspensions by default: far fewer than the timed runs make
        return self.module.ResourceLimits(max_suspensions=10**9)

    async def prepare(self, bench: AsyncBench, stack: contextlib.AsyncExitStack) -> RunAsync:
        tools = bench.tools
        if bench.sync:
            session: Any = stack.enter_context(self.sync_pool.checkout(limits=self._limits()))

            async def run_sync() -> object:
                return session.feed_run(bench.code)

            return run_sync
        async_session: Any = await stack.enter_async_context(
            self.pool.checkout(limits=self._limits())
        )

        async def run() -> object:
            return await async_session.feed_run(bench.code, external_lookup=tools)

        return run


ENGINE_CLASSES: dict[str, type[AsyncEngine]] = {
    CPYTHON: CPythonAsync,
    MONTY_AGENT: MontyAgentAsync,
    PYDANTIC_MONTY: PydanticMontyAsync,
}


# --------------------------------------------------------------------------------------
# Measurement
# --------------------------------------------------------------------------------------


@dataclass
class AsyncCell:
    """One engine on one benchmark: `best` in the benchmark's unit, or why not."""

    best: float | None = None
    samples: list[float] = field(default_factory=lambda: [])
    error: str = ""


async def time_runs(run: RunAsync, runs: int, collect: bool) -> list[float]:
    """Seconds taken by each of `runs` awaited calls of `run`."""
    samples: list[float] = []
    for _ in range(runs):
        if collect:
            gc.collect()
        start = time.perf_counter()
        await run()
        samples.append(time.perf_counter() - start)
    return samples


async def measure(engine: AsyncEngine, bench: AsyncBench, expected: object, runs: int) -> AsyncCell:
    """Prepare, warm up, check the value against CPython's, then time `runs` runs."""
    async with contextlib.AsyncExitStack() as stack:
        try:
            run = await engine.prepare(bench, stack)
            value = await run()
        except Exception as exc:
            return AsyncCell(error=f"unsupported: {short_error(exc)}")
        if not values_equal(value, expected):
            return AsyncCell(error=f"mismatch: got {value!r:.80}, expected {expected!r:.80}")
        try:
            samples = await time_runs(run, runs, collect=not bench.overhead)
        except Exception as exc:
            return AsyncCell(error=f"error: {short_error(exc)}")
    scaled = [s * bench.scale / bench.per for s in samples]
    return AsyncCell(min(scaled), scaled)


async def run_all(
    engine_names: Sequence[str], repeat: int, overhead_runs: int
) -> tuple[dict[str, str], dict[str, dict[str, AsyncCell]]]:
    """Every benchmark on every engine: (engine versions or errors, cells by bench/engine)."""
    versions: dict[str, str] = {}
    cells: dict[str, dict[str, AsyncCell]] = {bench.name: {} for bench in BENCHES}
    async with contextlib.AsyncExitStack() as stack:
        engines: dict[str, AsyncEngine] = {}
        for name in engine_names:
            engine = ENGINE_CLASSES[name]()
            try:
                await engine.open(stack)
            except Exception as exc:
                versions[name] = f"unavailable ({short_error(exc)})"
                continue
            versions[name] = engine.version or "?"
            engines[name] = engine
        reference = CPythonAsync()
        for bench in BENCHES:
            if bench.overhead and overhead_runs <= 0:
                continue
            async with contextlib.AsyncExitStack() as ref_stack:
                expected = await (await reference.prepare(bench, ref_stack))()
            runs = overhead_runs if bench.overhead else repeat
            for name in engine_names:
                print(f"  async: {bench.name} on {name} …", file=sys.stderr, flush=True)
                engine = engines.get(name)
                cells[bench.name][name] = (
                    AsyncCell(error="n/a")
                    if engine is None
                    else await measure(engine, bench, expected, runs)
                )
    return versions, cells


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------


def cell_text(cell: AsyncCell | None) -> str:
    """A table cell: the best value, or the error."""
    if cell is None:
        return "-"
    if cell.best is None:
        return cell.error
    return f"{cell.best:.1f}" if cell.best >= 10 else f"{cell.best:.2f}"


def cell_ratio(cells: dict[str, AsyncCell], num: str, den: str) -> str:
    """`num`'s best over `den`'s, when both ran."""
    a, b = cells.get(num), cells.get(den)
    if a is None or b is None or a.best is None or not b.best:
        return format_ratio(None)
    return format_ratio(a.best / b.best)


def print_async_report(
    engine_names: Sequence[str],
    versions: dict[str, str],
    cells: dict[str, dict[str, AsyncCell]],
    repeat: int,
    overhead_runs: int,
) -> None:
    """The side-by-side table of the async benchmarks."""
    print("async engines: " + "; ".join(f"{n} {v}" for n, v in versions.items()))
    pairs = [
        (MONTY_AGENT, other)
        for other in (PYDANTIC_MONTY, CPYTHON)
        if MONTY_AGENT in engine_names and other in engine_names
    ]
    headers = ["benchmark", *engine_names, *(f"monty/{other}" for _, other in pairs)]
    rows: list[list[str]] = []
    for bench in BENCHES:
        row_cells = cells.get(bench.name, {})
        if not row_cells:
            continue
        rows.append(
            [
                bench.label(),
                *(cell_text(row_cells.get(name)) for name in engine_names),
                *(cell_ratio(row_cells, num, den) for num, den in pairs),
            ]
        )
    title = (
        f"Async: best of {repeat} runs (run/run_async of '1 + 2': best of {overhead_runs}); "
        "CPython = host asyncio, the ideal"
    )
    print_table(title, headers, rows)


def to_json(versions: dict[str, str], cells: dict[str, dict[str, AsyncCell]]) -> dict[str, Any]:
    """The async measurements as JSON-serializable data."""
    return {
        "engines": versions,
        "benchmarks": {
            bench: {
                name: {"best": cell.best, "error": cell.error or None, "samples": cell.samples}
                for name, cell in by_engine.items()
            }
            for bench, by_engine in cells.items()
        },
    }


SNAPSHOT_CALLS = 100
SNAPSHOT_CODE = "total = 0\nfor i in range(200):\n    total += lookup(i)\ntotal"


def measure_snapshots(repeat: int) -> dict[str, float]:
    """monty-agent's snapshots of a run paused after `SNAPSHOT_CALLS` tool calls: size, and
    the best dump and load (replay) times; and of an idle session whose snippets made as many."""
    from monty_agent import MontyRun, Sandbox, load_progress

    progress: Any = MontyRun(SNAPSHOT_CODE, external_functions=["lookup"]).start()
    for i in range(SNAPSHOT_CALLS):
        progress = progress.resume(return_value=i * 2)
    dump_s = min(_timed(progress.dump) for _ in range(repeat))
    data: bytes = progress.dump()
    load_s = min(_timed(lambda: load_progress(data)) for _ in range(repeat))

    def lookup(i: int) -> int:
        return i * 2

    sandbox = Sandbox(tools=[lookup])

    async def session_blob() -> bytes:
        async with sandbox.session() as s:
            await s.run(f"values = [lookup(i) for i in range({SNAPSHOT_CALLS})]")
            return s.dump()

    blob = asyncio.run(session_blob())

    def load_session() -> None:
        sandbox.load_session(blob).close()

    session_load_s = min(_timed(load_session) for _ in range(repeat))
    return {
        "progress_bytes": len(data),
        "progress_dump_ms": dump_s * 1e3,
        "progress_load_ms": load_s * 1e3,
        "session_bytes": len(blob),
        "session_load_ms": session_load_s * 1e3,
    }


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def print_snapshot_report(numbers: dict[str, float]) -> None:
    """One line per snapshot kind (monty-agent only: the peers' formats are not comparable)."""
    print(f"\nSnapshots after {SNAPSHOT_CALLS} tool calls (monty-agent, best of the runs):")
    print(
        f"  paused run: {numbers['progress_bytes']:,.0f} bytes, dump {numbers['progress_dump_ms']:.2f} ms, "
        f"load (replay) {numbers['progress_load_ms']:.2f} ms"
    )
    print(
        f"  idle session: {numbers['session_bytes']:,.0f} bytes, load (replay) {numbers['session_load_ms']:.2f} ms"
    )


def run_section(engine_names: Sequence[str], repeat: int, overhead_runs: int) -> dict[str, Any]:
    """Run and print the async section (from `bench.py` or this script's `main`)."""
    names = [name for name in ASYNC_ENGINES if name in engine_names]
    versions, cells = asyncio.run(run_all(names, repeat, overhead_runs))
    print_async_report(names, versions, cells, repeat, overhead_runs)
    data = to_json(versions, cells)
    if MONTY_AGENT in names:
        snapshots = measure_snapshots(repeat)
        print_snapshot_report(snapshots)
        data["snapshots"] = snapshots
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for running only the async benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=20, help="timed runs (default 20)")
    parser.add_argument(
        "--overhead-runs", type=int, default=2000, help="runs of '1 + 2' (default 2000)"
    )
    parser.add_argument("--engines", default=",".join(ASYNC_ENGINES))
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    chosen = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in chosen if e not in ENGINE_CLASSES]
    if unknown:
        parser.error(f"unknown engine(s) {unknown}; choose from {list(ASYNC_ENGINES)}")
    print(f"Python {platform.python_version()} on {platform.platform()}")
    data = run_section(chosen, max(args.repeat, 1), args.overhead_runs)
    if args.json:
        args.json.write_text(json.dumps(data, indent=2))
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
