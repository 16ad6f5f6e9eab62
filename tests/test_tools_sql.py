"""`monty_tools.sql.SqliteReader`: read-only queries, and the attacks it must refuse
(writes, ATTACH, PRAGMA writes, several statements, runaway queries, huge values)."""

from __future__ import annotations

import importlib
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from monty_tools.sql import QueryError, SqliteReader

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(autouse=True, scope="module")
def _import_sql() -> None:
    module = importlib.import_module("monty_tools.sql")
    globals().update({name: getattr(module, name) for name in ["QueryError", "SqliteReader"]})


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(
            """
            CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
            CREATE TABLE orders (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customer(id),
                total REAL
            );
            CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;
            INSERT INTO customer VALUES (1, 'Ada', 'London'), (2, 'Bob', 'Paris');
            INSERT INTO orders VALUES (1, 1, 250.0), (2, 1, 20.5), (3, 2, 99.0);
            """
        )
    conn.close()
    return path


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(sql).fetchall()
    conn.close()
    return rows


async def test_query_with_parameters(db: Path) -> None:
    reader = SqliteReader(db)
    result = await reader.query(
        "SELECT c.name, sum(o.total) AS spent FROM customer c JOIN orders o "
        "ON o.customer_id = c.id WHERE c.city = :city GROUP BY c.name",
        {"city": "London"},
    )
    assert (result.columns, result.rows, result.truncated) == (
        ["name", "spent"],
        [["Ada", 270.5]],
        False,
    )
    comments = await reader.query(
        "-- the count\n/* of */ WITH n AS (SELECT 1) SELECT count(*) FROM orders"
    )
    assert comments.rows == [[3]]
    recursive = await reader.query(
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < ?) SELECT n FROM r",
        [4],
    )
    assert recursive.rows == [[1], [2], [3], [4]]


async def test_parameters_are_values_not_sql(db: Path) -> None:
    reader = SqliteReader(db)
    result = await reader.query("SELECT name FROM customer WHERE name = ?", ["x' OR '1'='1"])
    assert result.rows == []


async def test_row_cap(db: Path) -> None:
    reader = SqliteReader(db, max_rows=2)
    result = await reader.query("SELECT id FROM orders ORDER BY id")
    assert (result.rows, result.truncated) == ([[1], [2]], True)


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO customer VALUES (3, 'Eve', 'Rome')",
        "UPDATE orders SET total = 0",
        "DELETE FROM orders",
        "DROP TABLE orders",
        "CREATE TABLE x (a)",
        "CREATE TEMP TABLE x (a)",
        "ATTACH DATABASE ':memory:' AS other",
        "ATTACH DATABASE '/tmp/evil.db' AS other",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA writable_schema = 1",
        "PRAGMA user_version",
        "VACUUM",
        "BEGIN",
        "REPLACE INTO customer VALUES (1, 'Eve', 'Rome')",
        "",
        "   -- only a comment",
    ],
)
async def test_anything_but_select_is_refused(db: Path, sql: str) -> None:
    with pytest.raises(QueryError, match="only SELECT"):
        await SqliteReader(db).query(sql)
    assert _rows(db, "SELECT count(*) FROM orders") == [(3,)]


@pytest.mark.parametrize(
    "sql",
    [
        # writes hidden behind WITH: the authorizer (not the first word) refuses them
        "WITH x AS (SELECT 1) DELETE FROM orders",
        "WITH x AS (SELECT 1) INSERT INTO customer SELECT 9, 'Eve', 'Rome'",
        "WITH x AS (SELECT 1) UPDATE orders SET total = 0",
        "SELECT load_extension('/tmp/evil.so')",
        "SELECT * FROM pragma_writable_schema",
        "SELECT * FROM pragma_journal_mode('delete')",
    ],
)
async def test_writes_behind_a_select_are_denied_by_the_authorizer(db: Path, sql: str) -> None:
    with pytest.raises(QueryError, match="refused"):
        await SqliteReader(db).query(sql)
    assert _rows(db, "SELECT count(*) FROM orders") == [(3,)]


async def test_several_statements_are_refused(db: Path) -> None:
    reader = SqliteReader(db)
    for sql in [
        "SELECT 1; DELETE FROM orders",
        "SELECT 1; ATTACH DATABASE ':memory:' AS x",
        "SELECT 1; SELECT 2",
    ]:
        with pytest.raises(QueryError, match="one SQL statement"):
            await reader.query(sql)
    assert _rows(db, "SELECT count(*) FROM orders") == [(3,)]


async def test_the_file_is_opened_read_only(db: Path) -> None:
    """Even without the authorizer, the connection cannot write: `mode=ro`."""
    reader = SqliteReader(db)
    conn = reader._connect()
    conn.set_authorizer(None)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM orders")
    conn.close()


async def test_a_runaway_query_hits_the_time_limit(db: Path) -> None:
    reader = SqliteReader(db, timeout=0.3)
    start = time.monotonic()
    with pytest.raises(QueryError, match=r"longer than 0\.3 seconds"):
        await reader.query(
            "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r"
        )
    assert time.monotonic() - start < 3


async def test_huge_values_hit_the_length_limit(db: Path) -> None:
    reader = SqliteReader(db, max_value_bytes=10_000)
    for sql in [
        "SELECT zeroblob(100000000)",
        "SELECT randomblob(100000000)",
        "SELECT replace(hex(zeroblob(5000)), '0', 'aa')",
    ]:
        with pytest.raises(QueryError, match="too big"):
            await reader.query(sql)


async def test_errors_name_what_was_wrong(db: Path) -> None:
    reader = SqliteReader(db)
    with pytest.raises(QueryError, match="no such table: nope"):
        await reader.query("SELECT * FROM nope")
    with pytest.raises(QueryError, match="Incorrect number of bindings"):
        await reader.query("SELECT ?", [])
    with pytest.raises(QueryError, match="must be a string"):
        await reader.query(42)  # type: ignore[arg-type]


async def test_schema(db: Path) -> None:
    tables = {t.name: t for t in await SqliteReader(db).schema()}
    assert sorted(tables) == ["big_orders", "customer", "orders"]
    orders = tables["orders"]
    assert (orders.kind, orders.row_count) == ("table", 3)
    assert [(c.name, c.type, c.not_null, c.primary_key, c.references) for c in orders.columns] == [
        ("id", "INTEGER", False, True, None),
        ("customer_id", "INTEGER", True, False, "customer.id"),
        ("total", "REAL", False, False, None),
    ]
    assert (tables["big_orders"].kind, tables["big_orders"].row_count) == ("view", None)


async def test_pragma_functions_are_denied_to_queries(db: Path) -> None:
    with pytest.raises(QueryError, match="refused"):
        await SqliteReader(db).query("SELECT name FROM pragma_table_info('customer')")


def test_the_database_must_exist(tmp_path: Path, db: Path) -> None:
    with pytest.raises(FileNotFoundError):
        SqliteReader(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()
    with pytest.raises(ValueError):
        SqliteReader(db, max_rows=0)


async def test_a_path_with_uri_characters_stays_a_path(tmp_path: Path) -> None:
    """`?` and `#` in the file name cannot add URI parameters (like `mode=rwc`)."""
    odd = tmp_path / "a?mode=rwc#x.db"
    with sqlite3.connect(odd) as conn:
        conn.execute("CREATE TABLE t (a)")
    conn.close()
    assert (await SqliteReader(odd).query("SELECT count(*) FROM t")).rows == [[0]]
