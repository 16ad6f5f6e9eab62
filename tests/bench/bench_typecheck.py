"""How long `type_check=True` adds to a run: a typical 30-line snippet, 10 tools.

    uv run python tests/bench/bench_typecheck.py [--runs 30]

Prints the first check (stub directory written, ty's first start), the median and spread
of the next ones ("warm": same tools and stub directory; ty is started afresh for each
check, as in a run) and ty's own CPU time per check (steadier than wall time on a busy
machine).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import time

from pydantic import BaseModel

from monty_agent import MontyRun, Sandbox


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

    checked: list[float] = []
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(args.runs):
        start = time.perf_counter()
        program(SNIPPET, [], check={})
        checked.append(time.perf_counter() - start)
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    ty_cpu = (
        cpu_after.ru_utime + cpu_after.ru_stime - cpu_before.ru_utime - cpu_before.ru_stime
    ) / args.runs
    plain: list[float] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        MontyRun(SNIPPET, external_functions=[t.__name__ for t in TOOLS])
        plain.append(time.perf_counter() - start)
    ms = 1000
    print(f"snippet: {lines} lines, {len(TOOLS)} tools, {args.runs} runs")
    print(f"first check (stub dir + ty):        {first * ms:7.1f} ms")
    print(
        f"warm check + compile (median):      {statistics.median(checked) * ms:7.1f} ms "
        f"(min {min(checked) * ms:.1f}, max {max(checked) * ms:.1f})"
    )
    print(f"ty's CPU time per check (mean):     {ty_cpu * ms:7.1f} ms")
    print(f"compile alone (median):             {statistics.median(plain) * ms:7.1f} ms")


if __name__ == "__main__":
    main()
