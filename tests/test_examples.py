"""The example agents (examples/), run offline end to end with their scripted models.

Each test checks the answer against the data computed independently here, that the
model's code really ran in the sandbox (every `run_code` snippet goes through a
`SandboxSession`, spied on here, and its tool calls are the sandbox's own), and what the
display printed.
"""

# ruff: noqa: RUF001 - the bundled site's opening hours use en dashes
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
    from monty_tools.fetch import Fetcher

    from monty_agent import Sandbox

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
            with pytest.raises(MontyRuntimeError, match=r"only SELECT|one SQL statement"):
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


async def test_expense_analysis(
    snippets: list[tuple[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expense_analysis = importlib.import_module("examples.expense_analysis")
    monkeypatch.chdir(tmp_path)
    console = _console()
    answer = await expense_analysis.main([], console)

    truth = expected_expenses(ROOT / "examples/data/expenses.csv")
    total = sum(truth["by_category"].values())
    top = sorted(truth["by_category"].items(), key=lambda item: item[1], reverse=True)[:3]
    busiest = max(truth["by_month"].items(), key=lambda item: item[1])
    lines = answer.splitlines()
    assert lines[0] == f"You spent €{total} over 190 expenses (2025-01 to 2025-06)."
    assert lines[1] == "Largest categories: " + ", ".join(f"{c} €{a}" for c, a in top) + "."
    assert lines[2] == f"Busiest month: {busiest[0]} (€{busiest[1]})."
    assert lines[3].startswith("Unusual expenses (over €")
    for outlier in [
        "Laptop (replacement) €1249.00",
        "Dentist — crown €780.00",
        "Flights to Lisbon",
    ]:
        assert outlier in lines[3]
    assert "Rent" not in lines[3]  # recurring every month: not unusual
    assert lines[-1] == "Charts: by_category.png, by_month.png."

    ran = _model_snippets(snippets)
    # the CSV was read with open() from the mount (no tool), the charts drawn by tools
    assert "Path('/data/expenses.csv').read_text()" in ran[0][0]
    assert "with open('/data/expenses.csv', newline=\"\") as file:" in ran[1][0]
    assert [[c.name for c in result.tool_calls] for _, result in ran] == [
        [],
        ["bar_chart", "line_chart"],
    ]
    # the sandbox summed with Decimal: exact cents, the same as here
    assert ran[1][1].output["by_month"] == {m: str(a) for m, a in truth["by_month"].items()}
    for name in ["by_category.png", "by_month.png"]:
        assert (tmp_path / "expense-report" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "chart written: expense-report/by_month.png" in console.file.getvalue()


async def test_expense_analysis_of_the_users_file(
    snippets: list[tuple[str, Any]], tmp_path: Path
) -> None:
    mine = tmp_path / "mine.csv"
    rows = [
        ("Food", "12.10"), ("Food", "8.05"), ("Rent", "900"), ("Rent", "900"), ("Fun", "20.00"),
        ("Fun", "35.50"), ("Food", "10.00"), ("Food", "11.11"), ("Fun", "999.99"), ("Food", "9.45"),
    ]  # fmt: skip
    lines = [
        f"2026-0{1 + i % 2}-1{i % 9},{'rent' if category == 'Rent' else f'item {i}'},"
        f"{category},{amount}\n"
        for i, (category, amount) in enumerate(rows)
    ]
    mine.write_text("date,description,category,amount\n" + "".join(lines), encoding="utf-8")
    expense_analysis = importlib.import_module("examples.expense_analysis")
    answer = await expense_analysis.main(
        ["--csv", str(mine), "--out", str(tmp_path / "r")], _console()
    )
    truth = expected_expenses(mine)
    assert answer.startswith(f"You spent €{sum(truth['by_category'].values())} over 10 expenses")
    assert "Unusual expenses (over €" in answer and "2026-01-18 item 8 €999.99." in answer
    assert sorted(p.name for p in (tmp_path / "r").iterdir()) == ["by_category.png", "by_month.png"]


async def test_the_chart_tool_keeps_to_its_directory(tmp_path: Path) -> None:
    from monty_agent import MontyRuntimeError, Sandbox

    ChartWriter = importlib.import_module("monty_tools.chart").ChartWriter
    charts = ChartWriter(tmp_path / "out")
    sandbox = Sandbox(tools=[charts.bar_chart])
    for name in ["../evil.png", "/tmp/evil.png", "sub/evil.png", "evil.sh"]:
        code = f"await bar_chart(file_name={name!r}, title='t', labels=['a'], values=[1])"
        with pytest.raises(MontyRuntimeError, match="invalid chart file name"):
            await sandbox.run(code)
    assert list(tmp_path.rglob("*evil*")) == []


async def test_the_csv_mount_shows_one_file_read_only(tmp_path: Path) -> None:
    """The sandbox sees the user's CSV alone, and cannot change it."""
    from monty_agent import MontyRuntimeError, Sandbox

    expense_analysis = importlib.import_module("examples.expense_analysis")
    (tmp_path / "secret.txt").write_text("next to the CSV")
    mine = tmp_path / "mine.csv"
    mine.write_text("date,category,amount\n2026-01-01,Food,1.00\n", encoding="utf-8")
    with expense_analysis.mounted_csv(mine) as os_access:
        sandbox = Sandbox(os=os_access)
        listing = await sandbox.run("import os\nos.listdir('/data')")
        assert listing.output == ["expenses.csv"]
        text = await sandbox.run("open('/data/expenses.csv').read()")
        assert text.output == mine.read_text()
        for code, error in [
            ("open('/data/expenses.csv', 'w').write('x')", "PermissionError: .*Read-only"),
            ("open('/data/new.csv', 'w').write('x')", "PermissionError: .*Read-only"),
            ("import os\nos.remove('/data/expenses.csv')", "PermissionError: .*Read-only"),
            ("open('/data/../secret.txt').read()", "FileNotFoundError"),
            (f"open({str(tmp_path / 'secret.txt')!r}).read()", "FileNotFoundError"),
        ]:
            with pytest.raises(MontyRuntimeError, match=error):
                await sandbox.run(code)
    assert mine.read_text() == "date,category,amount\n2026-01-01,Food,1.00\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.csv", "secret.txt"]


@pytest.mark.parametrize("name", ["web_scraper", "sql_playground", "expense_analysis"])
async def test_the_options_are_checked(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    example = importlib.import_module(f"examples.{name}")
    with pytest.raises(SystemExit) as exit_:
        await example.main(["--question", "anything else?"], _console())
    assert exit_.value.code == 2
    assert "the scripted model only knows the default question" in capsys.readouterr().err
    console = _console()
    with pytest.raises(SystemExit) as exit_:
        await example.main(["--model", "nosuch:model"], console)
    assert exit_.value.code == 2
    assert "cannot use model 'nosuch:model': Unknown model" in console.file.getvalue()


async def test_a_missing_provider_package_gets_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    runner = importlib.import_module("examples._runner")

    def agent(model: str) -> None:
        raise ImportError("Please install the `openai` package")

    monkeypatch.setattr(runner, "Agent", agent)
    console = _console()
    with pytest.raises(SystemExit):
        runner.model_or_exit("openai:gpt-4.1", None, console, "sql_playground")
    assert (
        "uv run --with 'pydantic-ai-slim[openai]' python -m examples.sql_playground "
        "--model openai:gpt-4.1"
    ) in console.file.getvalue()
