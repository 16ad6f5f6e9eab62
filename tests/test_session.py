"""`MontySession`: a REPL whose snippets share state."""

from __future__ import annotations

import json
import subprocess
import sys

import anyio
import pytest
from pydantic import BaseModel

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
    assert (sorted(calls[:2]), calls[2:]) == (["Oslo", "Rome"], ["Paris"])  # gather: any order
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


# -- dump and load --------------------------------------------------------------------------


class Weather(BaseModel):
    city: str
    temp_c: float


def _weather_sandbox(calls: list[str]) -> Sandbox:
    async def weather(city: str) -> Weather:
        calls.append(city)
        await anyio.sleep(0.01)
        if city == "Atlantis":
            raise KeyError(city)
        return Weather(city=city, temp_c=len(city) * 1.5)

    def today() -> str:
        calls.append("today")
        return "2026-11-28"

    return Sandbox(tools=[weather, today])


SNIPPETS = [
    "import asyncio\nreports = await asyncio.gather(*(weather(c) for c in cities))",
    "day = today()\ntry:\n    await weather('Atlantis')\nexcept KeyError as e:\n    missing = str(e)",
    "reports.append('partial')\nraise ValueError('after a mutation')",
    "first = await asyncio.wait_for(weather('Oslo'), 5)\nawait asyncio.sleep(0.01)",
]
CHECK = (
    "[r if isinstance(r, str) else (r.city, r.temp_c) for r in reports], day, missing, first.city"
)


async def _recorded_session(calls: list[str]) -> tuple[bytes, object]:
    async with _weather_sandbox(calls).session() as s:
        for number, code in enumerate(SNIPPETS):
            try:
                await s.run(code, inputs={"cities": ["Rome", "Lima"]} if number == 0 else None)
            except MontyRuntimeError as exc:
                assert exc.type_name == "ValueError"
        return s.dump(), (await s.run(CHECK)).output


async def test_a_dumped_session_loads_with_its_state_without_calling_tools() -> None:
    calls: list[str] = []
    data, expected = await _recorded_session(calls)
    assert (sorted(calls[:2]), calls[2:]) == (["Lima", "Rome"], ["today", "Atlantis", "Oslo"])
    replayed: list[str] = []
    async with _weather_sandbox(replayed).load_session(data) as s:
        assert (await s.run(CHECK)).output == expected
        assert replayed == []  # nothing was called again while loading
        assert (await s.run("(await weather('Kyiv')).temp_c")).output == 6.0
    assert replayed == ["Kyiv"]
    assert expected == (
        [("Rome", 6.0), ("Lima", 6.0), "partial"],
        "2026-11-28",
        "'Atlantis'",
        "Oslo",
    )


async def test_a_session_loads_in_another_process() -> None:
    data, expected = await _recorded_session([])
    script = (
        "import sys, anyio, json\n"
        "sys.path.insert(0, 'tests')\n"
        "from test_session import _weather_sandbox, CHECK\n"
        "calls = []\n"
        "async def main():\n"
        "    async with _weather_sandbox(calls).load_session(sys.stdin.buffer.read()) as s:\n"
        "        print(json.dumps([(await s.run(CHECK)).output, calls]))\n"
        "anyio.run(main)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], input=data, capture_output=True, check=True, timeout=60
    )
    output, calls = json.loads(done.stdout)
    assert output == json.loads(json.dumps(expected))
    assert calls == []


async def test_loading_refuses_a_snapshot_that_does_not_match() -> None:
    data, _ = await _recorded_session([])
    with pytest.raises(MontyError, match="host functions today, weather; this one has weather"):
        Sandbox(tools=[_weather_sandbox([])._tools["weather"]]).load_session(data)
    with pytest.raises(MontyError, match="not a monty-agent snapshot"):
        _weather_sandbox([]).load_session(data[: len(data) // 2])
    tampered = data.replace(b"Rome", b"Oslo", 1)  # the inputs changed: the calls differ
    with pytest.raises(MontyError, match="does not match the session"):
        _weather_sandbox([]).load_session(tampered)
    snapshot = json.loads(data)
    snapshot["snippets"][1]["journal"] = []  # a journal that lost its answers
    with pytest.raises(MontyError, match="does not match the session"):
        _weather_sandbox([]).load_session(json.dumps(snapshot).encode())
    snapshot = json.loads(data)
    snapshot["snippets"][0]["code"] = "reports = ("  # no longer compiles
    with pytest.raises(MontyError, match="snippet 1 does not compile"):
        _weather_sandbox([]).load_session(json.dumps(snapshot).encode())
    with pytest.raises(MontyError, match="this monty-agent reads version 1"):
        _weather_sandbox([]).load_session(data.replace(b'"version":1', b'"version":9'))


async def test_a_session_stopped_at_a_limit_cannot_be_dumped() -> None:
    async with MontySession() as s:
        await s.run("items = []")
        with pytest.raises(MontyRuntimeError):
            await s.run(
                "while True:\n    items.append(1)", limits=ResourceLimits(max_duration_secs=0.05)
            )
        with pytest.raises(MontyError, match="snippet 2 stopped at a limit"):
            s.dump()


async def test_a_monty_session_dumps_and_loads_with_external_functions() -> None:
    def double(x: int) -> int:
        return 2 * x

    async with MontySession(external_functions={"double": double}) as s:
        await s.run("def f(n):\n    return double(n) + 1\nv = f(k)", inputs={"k": 20})
        data = s.dump()
    loaded = MontySession.load(data, external_functions={"double": double})
    with loaded:
        assert loaded.run_sync("v, f(1)") == (41, 3)
        assert loaded.snippets == ["def f(n):\n    return double(n) + 1\nv = f(k)", "v, f(1)"]


async def test_randomness_and_clocks_replay_as_they_were() -> None:
    code = (
        "import random, time, uuid, datetime, asyncio\n"
        "draws = [random.random() for _ in range(3)]\n"
        "ident = str(uuid.uuid4())\n"
        "stamp = time.time()\n"
        "day = datetime.datetime.now().isoformat()\n"
        "await asyncio.sleep(0.01)\n"
        "elapsed = time.monotonic()"
    )
    check = "draws, ident, stamp, day, elapsed, random.random()"
    async with MontySession() as s:
        await s.run(code)
        data = s.dump()
        expected = await s.run(check)
    with MontySession.load(data) as loaded:
        assert loaded.run_sync(check) == expected
