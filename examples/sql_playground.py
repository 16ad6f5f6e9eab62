"""An agent that answers questions over a small bookshop database, through read-only SQL.

    uv run python -m examples.sql_playground
    uv run --with 'pydantic-ai-slim[openai]' python -m examples.sql_playground \\
        --model openai:gpt-4.1 --question 'Which city buys the most science fiction?'

The model gets one tool, `run_code` (CodeMode), and writes Python that awaits `schema()`
and `query(sql=..., params=...)`: `monty_tools.sql.SqliteReader`, which opens the database
read-only, denies anything but reading with SQLite's authorizer, takes values only as
parameters and caps rows and time. The code joins and sums the rows in Python (with
`Decimal` for money).

The database is built from the committed script examples/data/bookshop.sql into a fresh
temporary directory at every run (it takes milliseconds): the data stays reviewable text
in git, and no run can see another run's leftovers.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from collections.abc import Generator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import anyio
from monty_tools.sql import SqliteReader
from pydantic_ai import Agent
from rich.console import Console

from monty_agent.pydantic_ai import CodeMode

from ._display import Trace
from ._runner import add_model_option, model_or_exit, run_and_show, scripted_model

SCRIPT = Path(__file__).parent / "data" / "bookshop.sql"
QUESTION = (
    "Who were our three best-selling authors of 2025 by revenue, and how much of 2025's "
    "revenue came from repeat customers (more than one order)?"
)
INSTRUCTIONS = """\
You answer questions about a bookshop's SQLite database. Use the run_code tool: its Python
code can await schema() (the tables, columns and foreign keys) and query(sql=..., params=...)
(one read-only SELECT; pass values as params, never inside the SQL text). Join and
summarise in Python when it is simpler; use Decimal for money. Answer briefly, with numbers."""


@contextmanager
def bookshop_db(script: Path = SCRIPT) -> Generator[Path]:
    """The bookshop database, built from `script` in a temporary directory."""
    with tempfile.TemporaryDirectory(prefix="bookshop-") as tmp:
        path = Path(tmp) / "bookshop.db"
        with closing(sqlite3.connect(path)) as conn:
            conn.executescript(script.read_text(encoding="utf-8"))
            conn.commit()
        yield path


def build_agent(model: Any, reader: SqliteReader, trace: Trace) -> Agent[None, str]:
    """The agent: CodeMode over the reader's `schema` and `query` tools."""
    agent = Agent(model, instructions=INSTRUCTIONS, capabilities=[CodeMode(), trace])
    agent.tool_plain(reader.schema)
    agent.tool_plain(reader.query)
    return agent


# -- the scripted model: the code an LLM would write for QUESTION -------------------------

LOOK = """\
tables = await schema()
{t.name: [c.name + (f" -> {c.references}" if c.references else "") for c in t.columns]
 for t in tables}"""

ANALYSE = """\
from collections import defaultdict
from decimal import Decimal

year = ["2025-01-01", "2025-12-31"]
sold, authors, orders = await asyncio.gather(
    query(
        sql="SELECT o.customer_id, b.author_id, i.quantity, i.unit_price "
        "FROM order_items i JOIN orders o ON o.id = i.order_id "
        "JOIN books b ON b.id = i.book_id WHERE o.ordered_on BETWEEN ? AND ?",
        params=year,
    ),
    query(sql="SELECT id, name FROM authors"),
    query(sql="SELECT customer_id, count(*) FROM orders GROUP BY customer_id"),
)
author_name = dict(authors.rows)
order_count = dict(orders.rows)

by_author = defaultdict(Decimal)
total = repeat = Decimal(0)
for customer, author, quantity, unit_price in sold.rows:
    amount = quantity * Decimal(str(unit_price))
    by_author[author_name[author]] += amount
    total += amount
    if order_count[customer] > 1:
        repeat += amount

cents = Decimal("0.01")
top = sorted(by_author.items(), key=lambda item: item[1], reverse=True)[:3]
print(f"{len(sold.rows)} order lines in 2025")
{
    "top_authors": [[name, str(amount.quantize(cents))] for name, amount in top],
    "revenue": str(total.quantize(cents)),
    "from_repeat_customers": str(repeat.quantize(cents)),
    "repeat_share": f"{repeat / total:.1%}",
}"""


def _answer(results: list[Any]) -> str:
    found = results[-1]["result"]
    authors = ", ".join(f"{name} (€{amount})" for name, amount in found["top_authors"])
    return (
        f"The three best-selling authors of 2025 were {authors}. Of €{found['revenue']} "
        f"revenue in 2025, €{found['from_repeat_customers']} ({found['repeat_share']}) came "
        "from repeat customers."
    )


def scripted() -> Any:
    """The scripted stand-in for an LLM, for QUESTION."""
    return scripted_model([lambda _: LOOK, lambda _: ANALYSE], _answer)


async def main(argv: list[str] | None = None, console: Console | None = None) -> str:
    """Run the example; returns the answer."""
    parser = argparse.ArgumentParser(
        prog="python -m examples.sql_playground", description=(__doc__ or "").split("\n\n")[0]
    )
    add_model_option(parser)
    parser.add_argument("--question", default=QUESTION, help="what to ask")
    args = parser.parse_args(argv)
    if args.model is None and args.question != QUESTION:
        parser.error("the scripted model only knows the default question: give --model too")
    console = console or Console()
    trace = Trace()
    model = model_or_exit(args.model, scripted(), console, "sql_playground")
    with bookshop_db() as path:
        agent = build_agent(model, SqliteReader(path, max_rows=500, timeout=2.0), trace)
        result = await run_and_show(agent, args.question, trace, console)
    return result.output


if __name__ == "__main__":
    anyio.run(main, sys.argv[1:])
