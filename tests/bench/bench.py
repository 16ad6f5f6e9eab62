"""Side-by-side CPU benchmark of monty-agent against CPython, pydantic-monty and smolagents.

Each program in ``programs/`` is a small CPU-bound script whose last statement is an
expression; every engine runs it, the value of that expression is cross-checked against
CPython's, and the best (minimum) wall time of the runs (setup excluded) is reported: on a
shared machine the minimum is the least noisy estimate of what the code itself costs.

Run from the project root::

    uv run python tests/bench/bench.py
    uv run --with pydantic-monty python tests/bench/bench.py --repeat 9
    uv run python tests/bench/bench.py --only dict --json /tmp/bench.json
    uv run python tests/bench/bench.py --async-only --async-repeat 30

After the CPU programs, ``bench_async.py`` runs the async benchmarks (concurrent tool calls,
per-call and per-run overhead of ``run_async``) on CPython asyncio, monty-agent and
pydantic-monty's ``AsyncMonty``, in a second table (``--async-repeat 0`` skips them).

Engines that cannot be imported are reported as unavailable ("n/a"). A program an engine
rejects is reported in its cell as "unsupported [k]", footnote k giving "unsupported: <error>",
rather than aborting the run.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import contextlib
import gc
import importlib
import json
import math
import platform
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

PROGRAMS_DIR = Path(__file__).resolve().parent / "programs"
RESULT_NAME = "__bench_result__"
TRIVIAL_PROGRAM = "1 + 2"
MAX_ERROR_CHARS = 200

CPYTHON = "CPython"
MONTY_AGENT = "monty-agent"
PYDANTIC_MONTY = "pydantic-monty"
SMOLAGENTS = "smolagents"
ENGINE_NAMES = (CPYTHON, MONTY_AGENT, PYDANTIC_MONTY, SMOLAGENTS)

RunFn = Callable[[], object]


# --------------------------------------------------------------------------------------
# Programs
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Program:
    """One benchmark script: its name (file stem) and source text."""

    name: str
    source: str


def load_programs(only: str | None) -> list[Program]:
    """Load ``programs/*.py`` sorted by name, keeping those whose name contains ``only``."""
    programs = [
        Program(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(PROGRAMS_DIR.glob("*.py"))
    ]
    if only:
        programs = [p for p in programs if only.lower() in p.name.lower()]
    return programs


def compile_capturing_last_expr(source: str, filename: str) -> Any:
    """Compile ``source`` for ``exec`` with its final expression assigned to ``RESULT_NAME``."""
    tree = ast.parse(source, filename=filename)
    if not tree.body or not isinstance(tree.body[-1], ast.Expr):
        raise ValueError(f"{filename}: the last statement must be an expression")
    last = tree.body[-1]
    assign = ast.Assign(targets=[ast.Name(id=RESULT_NAME, ctx=ast.Store())], value=last.value)
    tree.body[-1] = ast.copy_location(assign, last)
    ast.fix_missing_locations(tree)
    return compile(tree, filename, "exec")


def short_error(exc: BaseException) -> str:
    """Render an exception as one ``Type: message`` line cut to ``MAX_ERROR_CHARS``."""
    message = " ".join(str(exc).split())
    text = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


# --------------------------------------------------------------------------------------
# Engines
# --------------------------------------------------------------------------------------


class EngineUnavailable(Exception):
    """The engine's package cannot be imported or started."""


@dataclass
class Prepared:
    """A program made ready to run: ``run()`` executes it once and returns its final value."""

    run: RunFn
    close: Callable[[], None] = lambda: None


class Engine(ABC):
    """An interpreter that can run a program source and return its last expression's value."""

    name: str
    version: str = ""

    @abstractmethod
    def open(self) -> None:
        """Import and start the engine, raising ``EngineUnavailable`` when that fails."""

    @abstractmethod
    def prepare(self, source: str, filename: str) -> Prepared:
        """Do all per-program setup (parsing, sessions) outside the timed region."""

    def close(self) -> None:
        """Release engine-wide resources such as worker pools (none by default)."""
        return None


def import_optional(module: str) -> Any:
    """Import ``module``, turning any failure into ``EngineUnavailable``."""
    try:
        return importlib.import_module(module)
    except Exception as exc:  # an optional engine may fail to import in many ways
        raise EngineUnavailable(short_error(exc)) from exc


def package_version(distribution: str) -> str:
    """Return the installed version of ``distribution``, or an empty string."""
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class CPythonEngine(Engine):
    """The host interpreter: ``exec`` of a code object compiled once per program."""

    name = CPYTHON

    def open(self) -> None:
        self.version = platform.python_version()

    def prepare(self, source: str, filename: str) -> Prepared:
        code = compile_capturing_last_expr(source, filename)

        def run() -> object:
            namespace: dict[str, Any] = {"__name__": "__main__", "__builtins__": builtins}
            exec(code, namespace)
            return namespace[RESULT_NAME]

        return Prepared(run)


class MontyAgentEngine(Engine):
    """This project's sandbox: ``MontyRun(code)`` built once, ``.run()`` timed."""

    name = MONTY_AGENT

    def open(self) -> None:
        module = import_optional("monty_agent")
        self._monty_run: Any = getattr(module, "MontyRun", None)
        if self._monty_run is None:
            raise EngineUnavailable("monty_agent has no MontyRun")
        self.version = str(getattr(module, "__version__", "") or package_version("monty-agent"))

    def prepare(self, source: str, filename: str) -> Prepared:
        runner = self._monty_run(source, script_name=filename)
        return Prepared(runner.run)


class PydanticMontyEngine(Engine):
    """pydantic-monty >= 1.0: a worker pool; each program gets its own checked-out session.

    pydantic-monty has no reusable compiled-program object, so the timed call is
    ``session.feed_run(source)``: it includes parsing and the IPC round trip to the worker.
    """

    name = PYDANTIC_MONTY

    def open(self) -> None:
        module = import_optional("pydantic_monty")
        if not hasattr(module, "Monty") or not hasattr(module.Monty, "checkout"):
            raise EngineUnavailable("pydantic_monty has no Monty().checkout() pool API")
        self.version = str(getattr(module, "__version__", "") or package_version("pydantic-monty"))
        self._stack = contextlib.ExitStack()
        try:
            self._pool: Any = self._stack.enter_context(module.Monty(min_processes=1))
        except Exception as exc:
            raise EngineUnavailable(f"cannot start worker pool: {short_error(exc)}") from exc

    def prepare(self, source: str, filename: str) -> Prepared:
        session_cm = self._pool.checkout(script_name=filename)
        session: Any = session_cm.__enter__()

        def run() -> object:
            return session.feed_run(source)

        return Prepared(run, close=lambda: session_cm.__exit__(None, None, None))

    def close(self) -> None:
        self._stack.close()


class SmolagentsEngine(Engine):
    """smolagents' AST-walking ``LocalPythonExecutor`` (its thread-based timeout disabled)."""

    name = SMOLAGENTS

    def open(self) -> None:
        module = import_optional("smolagents.local_python_executor")
        self._executor_cls: Any = getattr(module, "LocalPythonExecutor", None)
        if self._executor_cls is None:
            raise EngineUnavailable("smolagents has no LocalPythonExecutor")
        self.version = package_version("smolagents")

    def prepare(self, source: str, filename: str) -> Prepared:
        executor = self._executor_cls(additional_authorized_imports=[], timeout_seconds=None)
        executor.send_tools({})

        def run() -> object:
            return executor(source).output

        return Prepared(run)


ENGINE_CLASSES: dict[str, type[Engine]] = {
    CPYTHON: CPythonEngine,
    MONTY_AGENT: MontyAgentEngine,
    PYDANTIC_MONTY: PydanticMontyEngine,
    SMOLAGENTS: SmolagentsEngine,
}


@dataclass
class EngineState:
    """An engine plus whether it could be opened (and why not)."""

    engine: Engine
    unavailable: str | None = None


def open_engines(names: Sequence[str]) -> dict[str, EngineState]:
    """Instantiate and open the selected engines; failures are recorded, not raised."""
    states: dict[str, EngineState] = {}
    for name in names:
        engine = ENGINE_CLASSES[name]()
        state = EngineState(engine)
        try:
            engine.open()
        except EngineUnavailable as exc:
            state.unavailable = str(exc) or "import failed"
        states[name] = state
    return states


# --------------------------------------------------------------------------------------
# Measurement
# --------------------------------------------------------------------------------------


@dataclass
class Cell:
    """The outcome of one engine on one program."""

    status: str  # ok | mismatch | unavailable | unsupported | error
    times_ms: list[float] = field(default_factory=lambda: [])
    value: object = None
    error: str = ""

    @property
    def best_ms(self) -> float | None:
        """Fastest of the timed runs, if there were any."""
        return min(self.times_ms) if self.times_ms else None

    @property
    def comparable(self) -> bool:
        """Whether this cell's time can enter a ratio (it ran and computed the right value)."""
        return self.status == "ok" and bool(self.times_ms)


def timed(run: RunFn) -> tuple[object, float]:
    """Run once, returning the value and the elapsed wall time in milliseconds."""
    start = time.perf_counter_ns()
    value = run()
    return value, (time.perf_counter_ns() - start) / 1e6


def timed_runs(run: RunFn, repeat: int, budget_s: float, warmup_ms: float) -> list[float]:
    """Time up to ``repeat`` runs, fewer if (judging by the warm-up) they would exceed budget_s."""
    runs = max(1, min(repeat, int(budget_s * 1000 / max(warmup_ms, 1e-3))))
    times: list[float] = []
    for _ in range(runs):
        gc.collect()
        times.append(timed(run)[1])
    return times


def run_cell(
    state: EngineState, program: Program, expected: object, repeat: int, budget_s: float
) -> Cell:
    """Benchmark one engine on one program, classifying every failure into the cell."""
    if state.unavailable is not None:
        return Cell("unavailable", error=state.unavailable)
    filename = f"{program.name}.py"
    try:
        prepared = state.engine.prepare(program.source, filename)
    except Exception as exc:
        return Cell("unsupported", error=short_error(exc))
    try:
        try:
            value, warmup_ms = timed(prepared.run)
        except Exception as exc:
            return Cell("unsupported", error=short_error(exc))
        try:
            times = timed_runs(prepared.run, repeat, budget_s, warmup_ms)
        except Exception as exc:
            return Cell("error", error=short_error(exc))
    finally:
        with contextlib.suppress(Exception):
            prepared.close()
    status = "ok" if values_equal(value, expected) else "mismatch"
    return Cell(status, times, value)


def values_equal(actual: object, expected: object) -> bool:
    """Strict equality: same types all the way down (a tuple is not a list, True is not 1)."""
    if type(actual) is not type(expected):
        return False
    if isinstance(expected, list | tuple):
        got, want = cast(Sequence[object], actual), cast(Sequence[object], expected)
        return len(got) == len(want) and all(
            values_equal(a, e) for a, e in zip(got, want, strict=True)
        )
    if isinstance(expected, dict):
        got, want = cast(dict[object, object], actual), cast(dict[object, object], expected)
        return got.keys() == want.keys() and all(values_equal(got[k], want[k]) for k in want)
    return actual == expected


def measure_overhead(state: EngineState, runs: int) -> float | str:
    """Best per-call time in microseconds of the already-prepared trivial program."""
    if state.unavailable is not None:
        return "unavailable"
    try:
        prepared = state.engine.prepare(TRIVIAL_PROGRAM, "overhead.py")
    except Exception as exc:
        return f"unsupported: {short_error(exc)}"
    try:
        value = prepared.run()
        if not values_equal(value, 3):
            return f"mismatch: {value!r}"
        samples: list[float] = []
        for _ in range(runs):
            start = time.perf_counter_ns()
            prepared.run()
            samples.append((time.perf_counter_ns() - start) / 1e3)
        return min(samples)
    except Exception as exc:
        return f"error: {short_error(exc)}"
    finally:
        with contextlib.suppress(Exception):
            prepared.close()


# --------------------------------------------------------------------------------------
# Results and ratios
# --------------------------------------------------------------------------------------


@dataclass
class ProgramResult:
    """All engines' cells for one program, keyed by engine name."""

    program: str
    expected: object
    cells: dict[str, Cell]


RATIOS: tuple[tuple[str, str], ...] = (
    (MONTY_AGENT, CPYTHON),
    (MONTY_AGENT, PYDANTIC_MONTY),
    (PYDANTIC_MONTY, CPYTHON),
    (SMOLAGENTS, CPYTHON),
)
TABLE_RATIOS = RATIOS[:2]


def ratio_label(pair: tuple[str, str]) -> str:
    """Short column label for ``numerator / denominator``."""
    short = {MONTY_AGENT: "monty"}
    return f"{short.get(pair[0], pair[0])}/{short.get(pair[1], pair[1])}"


def ratio(result: ProgramResult, pair: tuple[str, str]) -> float | None:
    """Best-time ratio of two engines on one program, if both ran correctly."""
    num, den = result.cells.get(pair[0]), result.cells.get(pair[1])
    if num is None or den is None or not (num.comparable and den.comparable):
        return None
    num_ms, den_ms = num.best_ms, den.best_ms
    if num_ms is None or not den_ms:
        return None
    return num_ms / den_ms


def geometric_mean(values: Sequence[float]) -> float | None:
    """Geometric mean of positive values, or ``None`` for an empty sequence."""
    positive = [v for v in values if v > 0]
    if not positive:
        return None
    return math.exp(sum(math.log(v) for v in positive) / len(positive))


def geomeans(results: Sequence[ProgramResult]) -> dict[str, tuple[float | None, int]]:
    """Geometric mean of each ratio over the programs where it exists, with that count."""
    out: dict[str, tuple[float | None, int]] = {}
    for pair in RATIOS:
        values = [r for r in (ratio(res, pair) for res in results) if r is not None]
        out[ratio_label(pair)] = (geometric_mean(values), len(values))
    return out


# --------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------


def format_cell(cell: Cell, where: str, notes: list[str]) -> str:
    """Text for one engine/program cell; failure details go to ``notes`` as numbered footnotes."""
    if cell.status == "unavailable":
        return "n/a"
    best = cell.best_ms
    timing = f"{best:.1f}" if best is not None else ""
    if cell.status == "ok":
        return timing
    if cell.status == "mismatch":
        detail = f"mismatch: got {cell.value!r:.120}"
    else:
        detail = f"{cell.status}: {cell.error}"
    notes.append(f"[{len(notes) + 1}] {where}: {detail}")
    marker = "≠ MISMATCH" if cell.status == "mismatch" else cell.status
    return f"{timing} {marker} [{len(notes)}]".strip()


def format_ratio(value: float | None) -> str:
    """Text for a ratio cell."""
    return "-" if value is None else f"{value:.2f}x"


def build_rows(
    results: Sequence[ProgramResult], engines: Sequence[str], notes: list[str]
) -> list[list[str]]:
    """Rows of the main table (one per program), collecting failure footnotes in ``notes``."""
    rows: list[list[str]] = []
    for res in results:
        row = [res.program]
        for name in engines:
            cell = res.cells[name]
            row.append(format_cell(cell, f"{name} on {res.program}", notes))
            if cell.status == "mismatch":
                notes[-1] += f" (expected {res.expected!r:.120})"
        row += [format_ratio(ratio(res, pair)) for pair in TABLE_RATIOS]
        rows.append(row)
    return rows


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Print a table with rich when it is installed, as aligned plain text otherwise."""
    try:
        rich_console = importlib.import_module("rich.console")
        rich_table = importlib.import_module("rich.table")
    except ImportError:
        print_plain_table(title, headers, rows)
        return
    console = rich_console.Console()
    if not console.is_terminal:
        console.width = max(console.width, 140)  # don't squeeze tables written to a pipe/file
    table = rich_table.Table(title=title)
    for i, header in enumerate(headers):
        table.add_column(header, justify="left" if i == 0 else "right", no_wrap=True)
    for row in rows:
        table.add_row(*row)
    console.print(table)


def print_plain_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Aligned plain-text table: first column left-justified, the rest right-justified."""
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows, strict=False)]

    def line(cells: Sequence[str]) -> str:
        parts = [
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(parts)

    print(f"\n{title}")
    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def print_engine_summary(states: dict[str, EngineState]) -> None:
    """One line per engine: version, or why it is unavailable."""
    for name, state in states.items():
        detail = (
            f"unavailable ({state.unavailable})"
            if state.unavailable
            else state.engine.version or "?"
        )
        print(f"  {name:<15} {detail}")


def print_report(
    results: Sequence[ProgramResult],
    overhead: dict[str, float | str],
    engines: Sequence[str],
) -> None:
    """Print the timing table, footnotes, geometric means and the per-call overhead table."""
    notes: list[str] = []
    headers = ["program", *engines, *(ratio_label(pair) for pair in TABLE_RATIOS)]
    rows = build_rows(results, engines, notes)
    print_table("Best wall time per run, ms (n/a = engine unavailable)", headers, rows)
    for note in notes:
        print(note)
    parts = [
        f"{label} {format_ratio(value)} (n={count})"
        for label, (value, count) in geomeans(results).items()
        if count
    ]
    print("geometric mean of ratios: " + ("; ".join(parts) or "none (no engine pair ran)"))
    if overhead:
        rows = [
            [name, value if isinstance(value, str) else f"{value:.1f}"]
            for name, value in overhead.items()
        ]
        headers = ["engine", f"µs per run of {TRIVIAL_PROGRAM!r}"]
        print_table("Per-call overhead (best)", headers, rows)


def to_json(
    results: Sequence[ProgramResult],
    overhead: dict[str, float | str],
    states: dict[str, EngineState],
    args: argparse.Namespace,
) -> dict[str, Any]:
    """Everything measured, as a JSON-serializable dict."""

    def cell_json(cell: Cell) -> dict[str, Any]:
        return {
            "status": cell.status,
            "best_ms": cell.best_ms,
            "times_ms": [round(t, 4) for t in cell.times_ms],
            "value": repr(cell.value) if cell.status in ("ok", "mismatch") else None,
            "error": cell.error or None,
        }

    return {
        "python": sys.version,
        "platform": platform.platform(),
        "repeat": args.repeat,
        "engines": {
            name: {
                "available": s.unavailable is None,
                "version": s.engine.version,
                "reason": s.unavailable,
            }
            for name, s in states.items()
        },
        "programs": [
            {
                "name": res.program,
                "expected": repr(res.expected),
                "results": {name: cell_json(cell) for name, cell in res.cells.items()},
                "ratios": {ratio_label(pair): ratio(res, pair) for pair in RATIOS},
            }
            for res in results
        ],
        "geomean": {label: value for label, (value, _) in geomeans(results).items()},
        "overhead_us": overhead,
    }


# --------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per cell (default 5)")
    parser.add_argument("--only", help="run only programs whose name contains this substring")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this path")
    parser.add_argument(
        "--engines",
        default=",".join(ENGINE_NAMES),
        help=f"comma-separated engines to run (default: {','.join(ENGINE_NAMES)}); "
        "CPython always runs, as the reference",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=10.0,
        help="max seconds of timed runs per cell; slow engines get fewer runs (default 10)",
    )
    parser.add_argument(
        "--overhead-runs",
        type=int,
        default=2000,
        help=f"runs of {TRIVIAL_PROGRAM!r} for the per-call overhead table; 0 skips it",
    )
    parser.add_argument(
        "--async-repeat",
        type=int,
        default=20,
        help="timed runs per async benchmark (bench_async.py; default 20); 0 skips them",
    )
    parser.add_argument("--async-only", action="store_true", help="run only the async benchmarks")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    chosen = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = [e for e in chosen if e not in ENGINE_CLASSES]
    if unknown:
        parser.error(f"unknown engine(s) {unknown}; choose from {list(ENGINE_NAMES)}")
    args.engine_list = [e for e in ENGINE_NAMES if e == CPYTHON or e in chosen]
    return args


@contextlib.contextmanager
def opened_engines(names: Sequence[str]) -> Generator[dict[str, EngineState]]:
    """Open the engines for the duration of the block and close them afterwards."""
    states = open_engines(names)
    try:
        yield states
    finally:
        for state in states.values():
            if state.unavailable is None:
                with contextlib.suppress(Exception):
                    state.engine.close()


def run_program(
    program: Program, states: dict[str, EngineState], args: argparse.Namespace
) -> ProgramResult:
    """Benchmark every engine on one program; CPython's value is the reference."""
    reference = states[CPYTHON].engine.prepare(program.source, f"{program.name}.py")
    expected = reference.run()
    cells = {
        name: run_cell(state, program, expected, args.repeat, args.budget)
        for name, state in states.items()
    }
    return ProgramResult(program.name, expected, cells)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run the benchmarks, print the report, optionally write JSON."""
    args = parse_args(argv)
    if args.async_only:
        return run_async_section(args, {})
    programs = load_programs(args.only)
    if not programs:
        print(f"no program matches --only {args.only!r}", file=sys.stderr)
        return 2
    with opened_engines(args.engine_list) as states:
        print(f"Python {platform.python_version()} on {platform.platform()}; engines:")
        print_engine_summary(states)
        sys.stdout.flush()
        results: list[ProgramResult] = []
        for program in programs:
            print(f"  running {program.name} …", file=sys.stderr, flush=True)
            results.append(run_program(program, states, args))
        overhead: dict[str, float | str] = {}
        if args.overhead_runs > 0:
            overhead = {n: measure_overhead(s, args.overhead_runs) for n, s in states.items()}
    print_report(results, overhead, args.engine_list)
    return run_async_section(args, to_json(results, overhead, states, args))


def run_async_section(args: argparse.Namespace, data: dict[str, Any]) -> int:
    """Run the async benchmarks (``bench_async.py``) unless skipped; write the JSON."""
    if args.async_repeat > 0:
        print()
        import bench_async  # pyright: ignore[reportMissingImports] - next to this script

        data["async"] = bench_async.run_section(
            args.engine_list, args.async_repeat, args.overhead_runs
        )
    if args.json:
        args.json.write_text(json.dumps(data, indent=2))
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
