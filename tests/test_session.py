"""`MontySession`: a REPL whose snippets share state."""

from __future__ import annotations

import pytest

import monty_agent as ma
from monty_agent import (
    MontyError,
    MontyRuntimeError,
    MontySession,
    MontySyntaxError,
    ResourceLimits,
    Sandbox,
)

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return request.param


async def test_state_persists_across_snippets() -> None:
    async with MontySession() as session:
        await session.run("import math\nx = 2")
        await session.run("def area(r):\n    return math.pi * r * r")
        await session.run("class Box:\n    def __init__(self, v):\n        self.v = v")
        assert await session.run("round(area(x), 2), Box(x).v") == (12.57, 2)
        assert session.snippets[0] == "import math\nx = 2"


async def test_a_failed_snippet_leaves_earlier_state_intact() -> None:
    async with MontySession() as session:
        await session.run("x = 1\nitems = [1, 2]")
        with pytest.raises(MontyRuntimeError) as info:
            await session.run("x = 99\ny = 5\nraise ValueError('boom')")
        assert info.value.type_name == "ValueError"
        assert await session.run("x") == 1
        with pytest.raises(MontyRuntimeError) as missing:
            await session.run("y")
        assert missing.value.type_name == "NameError"
        with pytest.raises(MontyRuntimeError):
            await session.run(
                "x = 7\nwhile True:\n    pass", limits=ResourceLimits(max_duration_secs=0.1)
            )
        assert await session.run("x") == 1
        with pytest.raises(MontySyntaxError):
            await session.run("x = (")
        assert await session.run("x + 1") == 2


async def test_generators_and_tasks_survive_between_snippets() -> None:
    async with MontySession() as session:
        await session.run(
            "def count():\n    n = 0\n    while True:\n        n += 1\n        yield n\nc = count()"
        )
        assert await session.run("next(c)") == 1
        assert await session.run("next(c)") == 2


async def test_external_functions_and_inputs() -> None:
    async def fetch(x: int) -> int:
        return x * 3

    def inc(x: int) -> int:
        return x + 1

    session = MontySession(
        external_functions={"fetch": fetch, "inc": inc}, async_functions=["fetch"]
    )
    with session:
        await session.run("total = await fetch(n)", inputs={"n": 2})
        assert await session.run("inc(total)") == 7


def test_sync_snippets_and_closing() -> None:
    session = MontySession()
    assert session.run_sync("a = [1]\na.append(2)\na") == [1, 2]
    assert session.run_sync("len(a)") == 2
    session.close()
    with pytest.raises(MontyError, match="closed"):
        session.run_sync("a")


async def test_a_sandbox_session_keeps_state_and_records_tool_calls() -> None:
    calls: list[str] = []

    async def lookup(city: str) -> int:
        calls.append(city)
        return len(city)

    sandbox = Sandbox(tools=[lookup], limits={"max_duration_secs": 5})
    async with sandbox.session() as s:
        first = await s.run(
            "import asyncio\nsizes = await asyncio.gather(lookup('Oslo'), lookup('Rome'))"
        )
        assert [c.name for c in first.tool_calls] == ["lookup", "lookup"]
        second = await s.run("print(sizes)\nsum(sizes) + extra", inputs={"extra": 1})
        assert (second.output, second.stdout, second.tool_calls) == (9, "[4, 4]\n", [])
        with pytest.raises(MontyRuntimeError) as info:
            await s.run("sizes = []\nprint('partial')\nawait lookup('Paris')\n1 / 0")
        # The failed snippet's tool calls happened; its error says which, and the state is back.
        assert [c.args for c in info.value.tool_calls] == [("Paris",)]
        assert info.value.stdout == "partial\n"
        assert (await s.run("sizes")).output == [4, 4]
        assert s.snippets[-1] == "sizes"
    assert calls == ["Oslo", "Rome", "Paris"]
    with pytest.raises(MontyError, match="closed"):
        await s.run("1")


async def test_a_sandbox_session_refuses_inputs_named_like_tools() -> None:
    def tool() -> int:
        return 1

    async with Sandbox(tools=[tool]).session() as s:
        with pytest.raises(TypeError, match="input 'tool' has the name of a tool"):
            await s.run("tool", inputs={"tool": 2})
        assert (await s.run("tool()")).output == 1


async def test_a_failed_run_reports_its_tool_calls() -> None:
    def charge(amount: int) -> str:
        return f"charged {amount}"

    with pytest.raises(MontyRuntimeError) as info:
        await ma.run("charge(5)\ncharge(7)\nraise ValueError('after charging')", tools=[charge])
    assert [(c.name, c.args, c.result) for c in info.value.tool_calls] == [
        ("charge", (5,), "charged 5"),
        ("charge", (7,), "charged 7"),
    ]
