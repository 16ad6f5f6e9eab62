"""How long `type_check=True` adds to a run: a typical 30-line snippet, 10 tools.

    uv run python tests/bench/bench_typecheck.py [--runs 30]

Prints the first check (stub directory written, ty's server started, its first check),
the median and spread of the next ones ("warm": the same tools, so the same running
server; the program is sent again and checked again each time, as in a run), the CPU time
the server spends per warm check (read from /proc/<pid>/stat: steadier than wall time on
a busy machine), the server's memory, and compiling without a check for comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from pydantic import BaseModel

from monty_agent import MontyRun, Sandbox
from monty_agent._typecheck import checker_for


class User(BaseModel):
    """A customer."""

    id: int
    name: str
    email: str
    vip: bool = False


class Order(BaseModel):
    """An order."""

    id: int
    user_id: int
    total: float
    items: list[str]


async def get_user(user_id: int) -> User:
    """One user."""
    return User(id=user_id, name="Ada", email="ada@example.com")


async def list_orders(user_id: int, limit: int = 10) -> list[Order]:
    """A user's latest orders."""
    return []


async def refund(order_id: int, amount: float, reason: str = "") -> bool:
    """Refund part of an order."""
    return True


def tax_rate(country: str) -> float:
    """The VAT rate of a country."""
    return 0.2


async def send_email(to: str, subject: str, body: str) -> None:
    """Send an email."""


async def search_users(query: str, limit: int = 20) -> list[User]:
    """Users whose name matches."""
    return []


def currency(amount: float, code: str = "EUR") -> str:
    """Format an amount."""
    return f"{amount:.2f} {code}"


async def get_stock(sku: str) -> int:
    """Units in stock."""
    return 3


async def log_event(kind: str, data: dict[str, str]) -> None:
    """Record an event."""


def discount(user: User, total: float) -> float:
    """The discount a user gets on a total."""
    return 0.0


TOOLS = [
    get_user,
    list_orders,
    refund,
    tax_rate,
    send_email,
    search_users,
    currency,
    get_stock,
    log_event,
    discount,
]

SNIPPET = """\
import asyncio
from collections import Counter

users = await search_users("ada", limit=5)
vips = [u for u in users if u.vip]
orders_by_user = await asyncio.gather(*(list_orders(u.id) for u in users))
totals: dict[int, float] = {}
for user, orders in zip(users, orders_by_user):
    totals[user.id] = sum(o.total for o in orders)
items = Counter(item for orders in orders_by_user for o in orders for item in o.items)
low_stock = []
for sku, count in items.most_common(5):
    stock = await get_stock(sku)
    if stock < count:
        low_stock.append(sku)
rate = tax_rate("FR")
report = []
for user in users:
    total = totals[user.id]
    off = discount(user, total)
    net = (total - off) * (1 + rate)
    report.append(f"{user.name}: {currency(net)}")
if low_stock:
    await log_event("low_stock", {"skus": ",".join(low_stock)})
for user in vips:
    await send_email(user.email, "Thanks", "\\n".join(report))
big = [o for orders in orders_by_user for o in orders if o.total > 1000]
for o in big[:3]:
    await refund(o.id, o.total * 0.1, reason="loyalty")
summary = {"users": len(users), "low_stock": low_stock, "refunds": len(big[:3])}
summary
"""


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    lines = len(SNIPPET.splitlines())
    sandbox = Sandbox(tools=TOOLS, type_check=True)
    program = sandbox._program  # pyright: ignore[reportPrivateUsage]

    start = time.perf_counter()
    program(SNIPPET, [], check={})
    first = time.perf_counter() - start
    checker = checker_for(sandbox._stubs({}))  # pyright: ignore[reportPrivateUsage]
    pid = checker.server_pid
    assert pid is not None, "no server runs after a check"

    checked: list[float] = []
    cpu_before = cpu_seconds(pid)
    for _ in range(args.runs):
        start = time.perf_counter()
        program(SNIPPET, [], check={})
        checked.append(time.perf_counter() - start)
    ty_cpu = (cpu_seconds(pid) - cpu_before) / args.runs
    assert checker.server_pid == pid, "the server was restarted during the runs"
    alone: list[float] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        checker.check(SNIPPET)
        alone.append(time.perf_counter() - start)
    plain: list[float] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        MontyRun(SNIPPET, external_functions=[t.__name__ for t in TOOLS])
        plain.append(time.perf_counter() - start)
    ms = 1000
    quartiles = statistics.quantiles(checked, n=4)
    print(f"snippet: {lines} lines, {len(TOOLS)} tools, {args.runs} runs")
    print(f"first check (stub dir + server start): {first * ms:7.1f} ms")
    print(
        f"warm check + compile (median):         {statistics.median(checked) * ms:7.1f} ms "
        f"(min {min(checked) * ms:.1f}, quartiles {quartiles[0] * ms:.1f}-"
        f"{quartiles[2] * ms:.1f}, max {max(checked) * ms:.1f})"
    )
    print(f"warm check alone (median):             {statistics.median(alone) * ms:7.1f} ms")
    print(f"ty server's CPU time per check (mean): {ty_cpu * ms:7.1f} ms")
    print(f"ty server's memory (RSS):              {rss_mb(pid):7.1f} MB")
    print(f"compile alone (median):                {statistics.median(plain) * ms:7.1f} ms")


if __name__ == "__main__":
    main()
