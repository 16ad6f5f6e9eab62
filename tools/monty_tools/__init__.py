"""Ready host tools for monty-agent sandboxes and code-mode agents, typed with pydantic.

Each tool is a method of a small configured object, so the host decides its limits and
reach, and the sandbox gets only the method:

- `fetch.Fetcher`: HTTP GET that refuses private and loopback addresses (SSRF), with size,
  time and redirect limits.
- `html.extract`: HTML to readable text, title and absolute links.
- `sql.SqliteReader`: read-only, parameterised SQLite queries with row and time limits, and
  the schema.
- `chart.ChartWriter`: bar and line charts written as PNG files into a directory the host
  chooses.

The names are re-exported here lazily: `from monty_tools.sql import SqliteReader` does not
import httpx.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chart import ChartFile, ChartWriter
    from .fetch import BlockedAddressError, Fetcher, FetchError, Page
    from .html import Link, PageText, extract
    from .sql import Column, QueryError, QueryResult, SqliteReader, Table

_MODULES = {
    "ChartFile": "chart",
    "ChartWriter": "chart",
    "BlockedAddressError": "fetch",
    "FetchError": "fetch",
    "Fetcher": "fetch",
    "Page": "fetch",
    "Link": "html",
    "PageText": "html",
    "extract": "html",
    "Column": "sql",
    "QueryError": "sql",
    "QueryResult": "sql",
    "SqliteReader": "sql",
    "Table": "sql",
}

__all__ = [
    "BlockedAddressError",
    "ChartFile",
    "ChartWriter",
    "Column",
    "FetchError",
    "Fetcher",
    "Link",
    "Page",
    "PageText",
    "QueryError",
    "QueryResult",
    "SqliteReader",
    "Table",
    "extract",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'monty_tools' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
