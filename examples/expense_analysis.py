"""An agent that analyses a CSV of expenses: totals by category and month (with
`Decimal`), unusual expenses, trends, and two PNG charts.

    uv run python -m examples.expense_analysis
    uv run python -m examples.expense_analysis --csv my-expenses.csv --out report/
    uv run --with 'pydantic-ai-slim[openai]' python -m examples.expense_analysis \\
        --model openai:gpt-4.1 --question 'Where could I save 200 euros a month?'

The model gets one tool, `run_code` (CodeMode), and writes Python that reads the CSV at
`/data/expenses.csv` with `open()` / `pathlib` (a read-only mount: `CodeMode(os_access=
OSAccess(mounts=[MountDir('/data', ..., mode='read-only')]))`) and awaits `bar_chart(...)`
/ `line_chart(...)` (`monty_tools.chart.ChartWriter`: PNG files written only into the
output directory, under names the sandbox gives but cannot turn into paths). The sandbox
parses the CSV with `csv`, sums with `Decimal` and finds outliers with `statistics`.

The mounted directory is a private temporary one holding only the CSV (a hard link to it,
or a copy where a link cannot be made), so the code sees that one file and nothing else
of the directory it came from, and cannot change it.

The CSV needs the columns date (YYYY-MM-DD), category and amount; description is shown for
outliers when present. The bundled sample is examples/data/expenses.csv (190 expenses,
January to June 2025).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any

import anyio
from monty_tools.chart import ChartWriter
from pydantic_ai import Agent
from rich.console import Console

from monty_agent import MountDir, OSAccess
from monty_agent.pydantic_ai import CodeMode

from ._display import Trace
from ._runner import add_model_option, model_or_exit, run_and_show, scripted_model

SAMPLE = Path(__file__).parent / "data" / "expenses.csv"
DATA = "/data/expenses.csv"
"""Where the sandbox sees the CSV."""
QUESTION = (
    "Analyse my expenses: totals by category and by month, anything unusual, how my "
    "spending is trending, and draw charts I can look at."
)
INSTRUCTIONS = f"""\
You analyse a CSV of personal expenses, at {DATA} (read-only, with a header row): read it
with open() or pathlib in your run_code code. bar_chart(...) and line_chart(...) draw PNG
charts for the user (give a plain file name like 'by_category.png'). Parse with the csv
module and sum money with decimal.Decimal, never float. Answer briefly with the totals,
unusual expenses, trends and the chart file names."""


@contextmanager
def mounted_csv(csv_path: Path) -> Generator[OSAccess]:
    """OS access with `csv_path` alone, read-only, at `DATA`: a temporary directory holding
    a hard link to the file (a copy where linking fails), mounted read-only at /data."""
    with tempfile.TemporaryDirectory(prefix="expenses-") as tmp:
        target = Path(tmp) / PurePosixPath(DATA).name
        try:
            os.link(csv_path, target)
        except OSError:  # another file system, or links not allowed
            shutil.copyfile(csv_path, target)
        yield OSAccess(mounts=[MountDir(str(PurePosixPath(DATA).parent), tmp, mode="read-only")])


def build_agent(
    model: Any, os_access: OSAccess, charts: ChartWriter, trace: Trace
) -> Agent[None, str]:
    """The agent: CodeMode with the CSV mounted, over `bar_chart` and `line_chart`."""
    agent = Agent(
        model, instructions=INSTRUCTIONS, capabilities=[CodeMode(os_access=os_access), trace]
    )
    agent.tool_plain(charts.bar_chart)
    agent.tool_plain(charts.line_chart)
    return agent


# -- the scripted model: the code an LLM would write for QUESTION -------------------------

PEEK = f"""\
from pathlib import Path

lines = Path({DATA!r}).read_text().splitlines()
print(f"{{len(lines) - 1}} rows")
lines[:3]"""

ANALYSE = """\
import csv
import statistics
from collections import defaultdict
from decimal import Decimal

with open(CSV_PATH, newline="") as file:
    rows = list(csv.DictReader(file))
cents = Decimal("0.01")
by_category = defaultdict(Decimal)
by_month = defaultdict(Decimal)
by_category_month = defaultdict(Decimal)
for row in rows:
    amount = Decimal(row["amount"])
    month = row["date"][:7]
    by_category[row["category"]] += amount
    by_month[month] += amount
    by_category_month[row["category"], month] += amount
total = sum(by_category.values())
months = sorted(by_month)

# Unusual: far above the typical expense (Q3 + 3 IQR), leaving out the expenses with the
# same description every month (rent, subscriptions).
months_seen = defaultdict(set)
for row in rows:
    if row.get("description"):
        months_seen[row["description"]].add(row["date"][:7])
recurring = {name for name, seen in months_seen.items() if len(seen) == len(months) > 1}
one_off = [r for r in rows if r.get("description") not in recurring] or rows
amounts = [Decimal(r["amount"]) for r in one_off]
q1, _, q3 = statistics.quantiles(amounts, n=4) if len(amounts) > 1 else amounts * 3
limit = q3 + 3 * (q3 - q1)
outliers = sorted(
    (r for r in one_off if Decimal(r["amount"]) > limit), key=lambda r: -Decimal(r["amount"])
)

# Trend: each category's average month in the second half against the first half.
half = len(months) // 2
trends = {}
for category in by_category:
    first = sum(by_category_month[category, m] for m in months[:half]) / max(half, 1)
    second = sum(by_category_month[category, m] for m in months[half:]) / max(len(months) - half, 1)
    if first > 0:
        trends[category] = (second - first) / first
rising = max(trends, key=trends.get)

ranked = sorted(by_category.items(), key=lambda item: item[1], reverse=True)
charts = await asyncio.gather(
    bar_chart(
        file_name="by_category.png",
        title="Spending by category",
        labels=[name for name, _ in ranked],
        values=[float(amount) for _, amount in ranked],
    ),
    line_chart(
        file_name="by_month.png",
        title="Spending by month",
        labels=months,
        series={
            "total": [float(by_month[m]) for m in months],
            rising: [float(by_category_month[rising, m]) for m in months],
        },
    ),
)
{
    "rows": len(rows),
    "total": str(total.quantize(cents)),
    "months": [months[0], months[-1]],
    "by_category": {name: str(amount.quantize(cents)) for name, amount in ranked},
    "by_month": {m: str(by_month[m].quantize(cents)) for m in months},
    "outlier_limit": str(limit.quantize(cents)),
    "outliers": [[r["date"], r.get("description", ""), r["amount"]] for r in outliers],
    "rising": [rising, f"{trends[rising]:+.0%}"],
    "charts": [chart.name for chart in charts],
}""".replace("CSV_PATH", repr(DATA))


def _answer(results: list[Any]) -> str:
    found = results[-1]
    top = list(found["by_category"].items())[:3]
    busiest = max(found["by_month"].items(), key=lambda item: float(item[1]))
    unusual = "; ".join(f"{date} {what} €{amount}" for date, what, amount in found["outliers"])
    rising, change = found["rising"]
    return "\n".join(
        [
            f"You spent €{found['total']} over {found['rows']} expenses "
            f"({found['months'][0]} to {found['months'][1]}).",
            "Largest categories: " + ", ".join(f"{name} €{amount}" for name, amount in top) + ".",
            f"Busiest month: {busiest[0]} (€{busiest[1]}).",
            f"Unusual expenses (over €{found['outlier_limit']}): {unusual or 'none'}.",
            f"Fastest-rising category: {rising} ({change} from the first half to the second).",
            "Charts: " + ", ".join(found["charts"]) + ".",
        ]
    )


def scripted() -> Any:
    """The scripted stand-in for an LLM, for QUESTION."""
    return scripted_model([lambda _: PEEK, lambda _: ANALYSE], _answer)


async def main(argv: list[str] | None = None, console: Console | None = None) -> str:
    """Run the example; returns the answer."""
    parser = argparse.ArgumentParser(
        prog="python -m examples.expense_analysis", description=(__doc__ or "").split("\n\n")[0]
    )
    add_model_option(parser)
    parser.add_argument("--csv", type=Path, default=SAMPLE, help="the expenses CSV to analyse")
    parser.add_argument(
        "--out", type=Path, default=Path("expense-report"), help="where the charts go"
    )
    parser.add_argument("--question", default=QUESTION, help="what to ask")
    args = parser.parse_args(argv)
    if args.model is None and args.question != QUESTION:
        parser.error("the scripted model only knows the default question: give --model too")
    if not args.csv.is_file():
        parser.error(f"no CSV file at {args.csv}")
    console = console or Console()
    trace = Trace()
    charts = ChartWriter(args.out)
    model = model_or_exit(args.model, scripted(), console, "expense_analysis")
    with mounted_csv(args.csv) as os_access:
        agent = build_agent(model, os_access, charts, trace)
        result = await run_and_show(agent, args.question, trace, console)
    for path in sorted(charts.written):  # the tools run concurrently: any order
        console.print(f"chart written: {_shown(path)}")
    return result.output


def _shown(path: Path) -> str:
    """`path` relative to the working directory when it is inside it."""
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    anyio.run(main, sys.argv[1:])
