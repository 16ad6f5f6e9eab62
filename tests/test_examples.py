"""The example agents (examples/), run offline end to end with their scripted models.

Each test checks the answer against the data computed independently here, that the
model's code really ran in the sandbox (every `run_code` snippet goes through a
`SandboxSession`, spied on here, and its tool calls are the sandbox's own), and what the
display printed.
"""

from __future__ import annotations

import csv
import importlib
import io
import re
import sqlite3
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def snippets(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """(code, RunResult) of every snippet the sandbox ran during the test."""
    from monty_agent import SandboxSession

    ran: list[tuple[str, Any]] = []
    real = SandboxSession.run

    async def run(self: Any, code: str, **kwargs: Any) -> Any:
        result = await real(self, code, **kwargs)
        ran.append((code, result))
        return result

    monkeypatch.setattr(SandboxSession, "run", run)
    return ran


def _console() -> Any:
    from rich.console import Console

    return Console(file=io.StringIO(), width=120, color_system=None)


def _model_snippets(ran: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """The snippets the model wrote (not CodeMode's own `import asyncio` prelude)."""
    return [(code, result) for code, result in ran if code != "import asyncio"]


async def test_web_scraper(snippets: list[tuple[str, Any]]) -> None:
    web_scraper = importlib.import_module("examples.web_scraper")
    console = _console()
    answer = await web_scraper.main([], console)

    sunday = {}  # the truth, from the bundled pages themselves
    for page in sorted((ROOT / "examples/data/site/shops").glob("*.html")):
        html = page.read_text(encoding="utf-8")
        name = re.search(r"<title>(.*?) —", html)[1]  # type: ignore[index]
        sunday[name] = re.search(r"<th>Sunday</th><td>(.*?)</td>", html)[1]  # type: ignore[index]
    assert sunday == {"Harbour": "8:00–14:00", "Old Town": "closed", "Station": "7:00–19:00"}
    assert answer == (
        "Station opens earliest on Sundays (7:00–19:00). Sunday hours: Harbour: 8:00–14:00; "
        "Old Town: closed; Station: 7:00–19:00. A country sourdough costs €5.20."
    )

    ran = _model_snippets(snippets)
    assert len(ran) == 2
    assert [c.name for c in ran[0][1].tool_calls] == ["fetch_page"]
    second = ran[1][1]
    assert [c.name for c in second.tool_calls] == ["fetch_page"] * 5
    assert all(c.ok for c in second.tool_calls)
    assert second.output["sunday"] == sunday
    # the shop pages were fetched concurrently: their calls overlap in time
    shops = [c for c in second.tool_calls if "/shops/" in c.kwargs["url"]]
    assert max(c.start for c in shops) < min(c.end for c in shops)

    shown = console.file.getvalue()
    assert "code the model wrote, run 2" in shown
    assert "sunday[page.title.split" in shown  # the code itself
    assert "fetch_page(url='http://127.0.0.1:" in shown
    assert len(re.findall(r"│ +\d+ ms │", shown)) == 6  # each nested call, timed
    assert "answer" in shown and "€5.20" in shown


async def test_web_scraper_refuses_other_local_addresses(snippets: list[tuple[str, Any]]) -> None:
    """The offline fetcher allows only the bundled site's host and port."""
    from monty_agent import MontyRuntimeError

    web_scraper = importlib.import_module("examples.web_scraper")
    from monty_agent import Sandbox
    from monty_tools.fetch import Fetcher

    with web_scraper.serve_site() as url:
        host = url.removeprefix("http://").rstrip("/")
        fetch_page = web_scraper.page_tool(Fetcher(allowed_hosts=[host]))
        sandbox = Sandbox(tools=[fetch_page])
        page = await sandbox.run(f"(await fetch_page(url={url + 'menu.html'!r})).title")
        assert page.output == "Menu — Crumb & Co."
        port = int(host.rsplit(":", 1)[1])
        for other in [f"http://127.0.0.1:{port + 1}/", "http://169.254.169.254/", "http://[::1]/"]:
            with pytest.raises(MontyRuntimeError, match="not a public address"):
                await sandbox.run(f"await fetch_page(url={other!r})")


async def test_sql_playground(snippets: list[tuple[str, Any]]) -> None:
    sql_playground = importlib.import_module("examples.sql_playground")
    console = _console()
    answer = await sql_playground.main([], console)

    with sql_playground.bookshop_db() as path:  # the truth, computed with SQL alone
        conn = sqlite3.connect(path)
        top = conn.execute(
            "SELECT a.name, printf('%.2f', sum(i.quantity * i.unit_price)) AS revenue "
            "FROM order_items i JOIN orders o ON o.id = i.order_id JOIN books b ON b.id = "
            "i.book_id JOIN authors a ON a.id = b.author_id WHERE o.ordered_on LIKE '2025-%' "
            "GROUP BY a.name ORDER BY sum(i.quantity * i.unit_price) DESC LIMIT 3"
        ).fetchall()
        total = conn.execute(
            "SELECT printf('%.2f', sum(i.quantity * i.unit_price)) FROM order_items i "
            "JOIN orders o ON o.id = i.order_id WHERE o.ordered_on LIKE '2025-%'"
        ).fetchone()[0]
        conn.close()
    authors = ", ".join(f"{name} (€{revenue})" for name, revenue in top)
    assert answer.startswith(f"The three best-selling authors of 2025 were {authors}. Of €{total} ")

    ran = _model_snippets(snippets)
    assert [[c.name for c in result.tool_calls] for _, result in ran] == [
        ["schema"],
        ["query", "query", "query"],
    ]
    assert ran[0][1].output["order_items"] == [
        "id",
        "order_id -> orders.id",
        "book_id -> books.id",
        "quantity",
        "unit_price",
    ]
    assert "3 tool call(s)" in console.file.getvalue()


async def test_the_sql_tool_stays_read_only_from_the_sandbox(
    snippets: list[tuple[str, Any]],
) -> None:
    from monty_agent import MontyRuntimeError, Sandbox

    sql_playground = importlib.import_module("examples.sql_playground")
    SqliteReader = importlib.import_module("monty_tools.sql").SqliteReader
    with sql_playground.bookshop_db() as path:
        reader = SqliteReader(path)
        sandbox = Sandbox(tools=[reader.query, reader.schema])
        for sql in ["DELETE FROM orders", "SELECT 1; DROP TABLE orders", "ATTACH 'x.db' AS x"]:
            with pytest.raises(MontyRuntimeError, match="only SELECT|one SQL statement"):
                await sandbox.run(f"await query(sql={sql!r})")
        count = await sandbox.run("(await query(sql='SELECT count(*) FROM orders')).rows[0][0]")
        assert count.output == 160


def expected_expenses(path: Path) -> dict[str, Any]:
    """Totals of an expenses CSV computed here, independently of the example."""
    by_category: dict[str, Decimal] = defaultdict(Decimal)
    by_month: dict[str, Decimal] = defaultdict(Decimal)
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            amount = Decimal(row["amount"])
            by_category[row["category"]] += amount
            by_month[row["date"][:7]] += amount
    return {"by_category": dict(by_category), "by_month": dict(by_month)}
