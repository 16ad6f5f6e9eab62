"""`SqliteReader`: read-only SQL queries over an SQLite database, for sandboxed code.

Three walls keep a query from changing anything or reaching past the database:

1. the database is opened read-only (`file:...?mode=ro`), so SQLite itself refuses writes;
2. an authorizer (`sqlite3.Connection.set_authorizer`) allows only what a read needs:
   `SELECT`, reading columns, calling functions (not `load_extension` or `fts3_tokenizer`),
   and recursive CTEs. `INSERT`/`UPDATE`/`DELETE`, `CREATE`/`DROP`, `ATTACH`/`DETACH`, pragmas (statements and `pragma_*` functions),
   transactions and everything else are denied while SQLite prepares the statement;
3. the text must be one `SELECT` or `WITH` statement (sqlite3 refuses a second one), and
   values are passed as parameters (`?` or `:name`), never spliced into the text.

A query may return at most `max_rows` rows (`truncated` says more were left), run for at
most `timeout` seconds (a progress handler interrupts it), and build no string or blob
longer than `max_value_bytes`. Each query opens its own connection in a worker thread.

>>> import sqlite3, tempfile, pathlib, anyio
>>> path = pathlib.Path(tempfile.mkdtemp()) / 'shop.db'
>>> with sqlite3.connect(path) as db:
...     _ = db.execute('CREATE TABLE fruit (name TEXT, price REAL)')
...     _ = db.executemany('INSERT INTO fruit VALUES (?, ?)', [('fig', 2.5), ('kiwi', 0.75)])
>>> reader = SqliteReader(path)
>>> result = anyio.run(reader.query, 'SELECT name FROM fruit WHERE price < ?', [1])
>>> result.columns, result.rows
(['name'], [['kiwi']])
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import anyio.to_thread
from pydantic import BaseModel, Field

__all__ = ["Column", "QueryError", "QueryResult", "SqliteReader", "Table"]

Value = int | float | str | bytes | None

#: Actions a query may perform (anything else is denied while the statement is prepared).
_ALLOWED_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)
#: Functions denied although the action is allowed.
_DENIED_FUNCTIONS = frozenset({"load_extension", "fts3_tokenizer"})
_LEADING_COMMENTS = re.compile(r"\A(?:\s+|--[^\n]*(?:\n|\Z)|/\*.*?\*/)*", re.DOTALL)
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_PROGRESS_EVERY = 1000  # SQLite virtual-machine instructions between two clock checks


class QueryError(ValueError):
    """A query that was refused or failed; the message says why."""


class QueryResult(BaseModel):
    """The rows a query returned."""

    columns: list[str] = Field(description="The column names, in order.")
    rows: list[list[Value]] = Field(description="The rows, each a list of values in column order.")
    truncated: bool = Field(description="True if there were more rows than the row limit.")


class Column(BaseModel):
    """A column of a table or view."""

    name: str
    type: str = Field(description="The declared type ('' if none).")
    not_null: bool
    primary_key: bool
    references: str | None = Field(
        default=None, description="'table.column' this column is a foreign key to, if any."
    )


class Table(BaseModel):
    """A table or view of the database."""

    name: str
    kind: str = Field(description="'table' or 'view'.")
    columns: list[Column]
    row_count: int | None = Field(description="How many rows it has (None for a view).")


@dataclass(frozen=True)
class SqliteReader:
    """Read-only queries over the SQLite database at `path`.

    Give `reader.query` and `reader.schema` to an agent or a sandbox as tools.
    """

    path: str | Path
    """The database file (it must exist: it is never created)."""
    max_rows: int = 1000
    """How many rows a query may return."""
    timeout: float = 2.0
    """Seconds a query may run."""
    max_value_bytes: int = 1_000_000
    """The longest string or blob a query may build (SQLite's length limit)."""

    def __post_init__(self) -> None:
        if not Path(self.path).is_file():
            raise FileNotFoundError(f"no SQLite database at {self.path}")
        if self.max_rows < 1 or self.timeout <= 0 or self.max_value_bytes < 1:
            raise ValueError("max_rows, timeout and max_value_bytes must be positive")

    async def query(
        self, sql: str, params: Sequence[Value] | Mapping[str, Value] = ()
    ) -> QueryResult:
        """Run one read-only SQL query (a single SELECT or WITH statement) and return its
        columns and rows. Pass values as `params` (`?` placeholders with a list,
        `:name` placeholders with a dict), never by formatting them into the SQL. At most
        a fixed number of rows comes back (`truncated` is true if there were more)."""
        return await anyio.to_thread.run_sync(self._query, sql, params)

    async def schema(self) -> list[Table]:
        """The database's tables and views: their columns (name, declared type, not null,
        primary key, foreign key target) and row counts."""
        return await anyio.to_thread.run_sync(self._schema)

    def _query(self, sql: str, params: Sequence[Value] | Mapping[str, Value]) -> QueryResult:
        _check_statement(sql)
        with closing(self._connect()) as conn:
            cursor = self._execute(conn, sql, params)
            columns = [d[0] for d in cursor.description or ()]
            rows = self._fetch(cursor, self.max_rows + 1)
        return QueryResult(
            columns=columns,
            rows=[list(row) for row in rows[: self.max_rows]],
            truncated=len(rows) > self.max_rows,
        )

    def _schema(self) -> list[Table]:
        tables: list[Table] = []
        # Our own fixed statements (pragma functions included), on a read-only connection.
        with closing(self._connect(authorize=False)) as conn:
            listed = self._execute(
                conn,
                "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name",
                (),
            ).fetchall()
            for name, kind in listed:
                refs = {
                    row[3]: f"{row[2]}.{row[4]}"
                    for row in self._execute(
                        conn, "SELECT * FROM pragma_foreign_key_list(?)", (name,)
                    ).fetchall()
                }
                columns = [
                    Column(
                        name=col[1],
                        type=col[2] or "",
                        not_null=bool(col[3]),
                        primary_key=bool(col[5]),
                        references=refs.get(col[1]),
                    )
                    for col in self._execute(
                        conn, "SELECT * FROM pragma_table_info(?)", (name,)
                    ).fetchall()
                ]
                count = None
                if kind == "table":
                    quoted = '"' + name.replace('"', '""') + '"'
                    count = self._execute(conn, f"SELECT count(*) FROM {quoted}", ()).fetchone()[0]
                tables.append(Table(name=name, kind=kind, columns=columns, row_count=count))
        return tables

    def _connect(self, *, authorize: bool = True) -> sqlite3.Connection:
        uri = f"file:{quote(str(Path(self.path).resolve()))}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
        except sqlite3.Error as exc:
            raise QueryError(f"cannot open the database: {exc}") from None
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, self.max_value_bytes)
        if authorize:
            conn.set_authorizer(_authorize)
        return conn

    def _execute(
        self, conn: sqlite3.Connection, sql: str, params: Sequence[Value] | Mapping[str, Value]
    ) -> sqlite3.Cursor:
        deadline = time.monotonic() + self.timeout
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), _PROGRESS_EVERY)
        try:
            return conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _fetch(self, cursor: sqlite3.Cursor, count: int) -> list[tuple[Value, ...]]:
        try:
            return cursor.fetchmany(count)
        except sqlite3.Error as exc:
            raise self._error(exc) from None

    def _error(self, exc: sqlite3.Error) -> QueryError:
        message = str(exc)
        if message == "interrupted":
            return QueryError(f"the query took longer than {self.timeout:g} seconds: simplify it")
        if message.startswith("not authorized"):
            return QueryError(
                "the query was refused: only reading (SELECT) is allowed, without ATTACH, "
                "pragmas or load_extension"
            )
        if isinstance(exc, sqlite3.ProgrammingError) and "one statement" in message:
            return QueryError("only one SQL statement can be run at a time")
        return QueryError(f"the query failed: {message}")


def _authorize(
    action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None
) -> int:
    if action == sqlite3.SQLITE_FUNCTION:
        return (
            sqlite3.SQLITE_DENY if (arg2 or "").lower() in _DENIED_FUNCTIONS else sqlite3.SQLITE_OK
        )
    return sqlite3.SQLITE_OK if action in _ALLOWED_ACTIONS else sqlite3.SQLITE_DENY


def _check_statement(sql: str) -> None:
    """Refuse anything but a SELECT or WITH statement, with a clear message (the
    authorizer is what enforces it)."""
    if not isinstance(sql, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise QueryError("the query must be a string")
    leading = _LEADING_COMMENTS.match(sql)
    rest = sql[leading.end() if leading else 0 :]
    word = _FIRST_WORD.match(rest)
    if word is None or word.group().upper() not in ("SELECT", "WITH"):
        shown = word.group().upper() if word else (rest[:20] or "an empty query")
        raise QueryError(f"only SELECT (or WITH ... SELECT) queries are allowed, not {shown}")
