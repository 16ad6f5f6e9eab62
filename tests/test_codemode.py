"""`monty_agent.pydantic_ai.CodeMode`: agents whose tools are called from sandboxed Python.

The agents' models are scripted with Pydantic AI's `FunctionModel`: each step is the code
of a `run_code` call (or a native tool call), and the model records what came back.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest
from pydantic import BaseModel

from monty_agent import MemoryFile, OSAccess, ResourceLimits

if TYPE_CHECKING:
    from pydantic_ai import Agent, ModelRetry, RunContext, ToolReturn
    from pydantic_ai.messages import (
        ModelMessage,
        ModelRequest,
        ModelResponse,
        RetryPromptPart,
        TextPart,
        ToolCallPart,
        ToolReturnPart,
    )
    from pydantic_ai.models.function import AgentInfo, FunctionModel
    from pydantic_ai.models.test import TestModel
    from pydantic_ai.toolsets import FunctionToolset

    from monty_agent.pydantic_ai import DEFAULT_LIMITS, CodeMode, CodeModeToolset

#: What these tests use of Pydantic AI and code mode, by module.
_LAZY = {
    "pydantic_ai": ["Agent", "ModelRetry", "RunContext", "ToolReturn"],
    "pydantic_ai.messages": [
        "ModelMessage",
        "ModelRequest",
        "ModelResponse",
        "RetryPromptPart",
        "TextPart",
        "ToolCallPart",
        "ToolReturnPart",
    ],
    "pydantic_ai.models.function": ["AgentInfo", "FunctionModel"],
    "pydantic_ai.models.test": ["TestModel"],
    "pydantic_ai.toolsets": ["FunctionToolset"],
    "monty_agent.pydantic_ai": ["DEFAULT_LIMITS", "CodeMode", "CodeModeToolset"],
}


@pytest.fixture(autouse=True, scope="module")
def _import_pydantic_ai() -> None:
    """Import Pydantic AI when these tests run, not when pytest collects them: the security
    suite runs earlier and times a full garbage collection of this process after each
    attack, which a heap grown by Pydantic AI's modules would slow down."""
    for module, names in _LAZY.items():
        loaded = importlib.import_module(module)
        globals().update({name: getattr(loaded, name) for name in names})


pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


Step = "str | ToolCallPart"
"""A scripted model turn: the code of a `run_code` call, or any tool call."""


@dataclass
class Script:
    """A model that plays `steps` in order, then answers 'done'; it keeps what each step got
    back (the text of the tool return or retry prompt) and the tools it was offered."""

    steps: Sequence[Step]
    seen: list[Any] = field(default_factory=list[Any])
    tools: list[Any] = field(default_factory=list[Any])

    def model(self) -> FunctionModel:
        return FunctionModel(self._respond)

    def _respond(self, messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        self.tools = info.function_tools
        last = messages[-1]
        if isinstance(last, ModelRequest) and len(messages) > 1:
            for part in last.parts:
                if isinstance(part, ToolReturnPart | RetryPromptPart):
                    self.seen.append(part.content)
        turn = sum(isinstance(m, ModelResponse) for m in messages)
        if turn < len(self.steps):
            step = self.steps[turn]
            if isinstance(step, str):
                step = ToolCallPart("run_code", {"code": step})
            return ModelResponse(parts=[step])
        return ModelResponse(parts=[TextPart("done")])


class Forecast(BaseModel):
    """The weather in a city."""

    city: str
    temp_c: float
    conditions: str = "sunny"


def make_agent(script: Script, **options: Any) -> Agent[None, str]:
    agent = Agent(script.model(), capabilities=[CodeMode(**options)])

    @agent.tool_plain
    async def weather(city: str) -> Forecast:
        """The forecast for a city."""
        await asyncio.sleep(0.01)
        return Forecast(city=city, temp_c=len(city) * 2.5)

    @agent.tool_plain
    def add(a: int, b: int) -> int:
        """Add two integers."""
        return a + b

    return agent


def tool_returns(messages: Sequence[ModelMessage], name: str = "run_code") -> list[ToolReturnPart]:
    return [
        part
        for message in messages
        for part in message.parts
        if isinstance(part, ToolReturnPart) and part.tool_name == name
    ]


async def test_the_model_sees_tools_as_python_stubs() -> None:
    script = Script([])
    await make_agent(script).run("hi")
    (run_code,) = script.tools
    assert run_code.name == "run_code"
    description = run_code.description
    assert "class Forecast:\n" in description
    assert "    city: str\n    temp_c: float\n    conditions: str = ...\n" in description
    assert "async def weather(*, city: str) -> Forecast:" in description
    assert '"""The forecast for a city."""' in description
    assert "async def add(*, a: int, b: int) -> int:" in description
    assert "asyncio.gather" in description
    assert "last expression" in description
    assert "30 seconds and 256 MiB" in description
    assert set(run_code.parameters_json_schema["properties"]) == {"code", "restart"}


async def test_code_calls_tools_and_returns_the_last_expression() -> None:
    script = Script(
        [
            "f = await weather(city='Paris')\n"
            "print('fetched', f.city)\n"
            "{'city': f.city, 'warm': f.temp_c > 10, 'sum': await add(a=1, b=2)}"
        ]
    )
    result = await make_agent(script).run("weather?")
    assert result.output == "done"
    assert script.seen == [
        {"output": "fetched Paris\n", "result": {"city": "Paris", "warm": True, "sum": 3}}
    ]


async def test_return_shapes_follow_the_harness() -> None:
    script = Script(
        ["x = 1", "print('hi')", "print('hi')\nNone", "[x, x]", "await weather(city='Rome')"]
    )
    await make_agent(script).run("go")
    assert script.seen == [
        {},
        {"output": "hi\n"},
        {"output": "hi\n"},
        [1, 1],
        {"city": "Rome", "temp_c": 10.0, "conditions": "sunny"},
    ]


async def test_syntax_then_runtime_error_then_fixed() -> None:
    script = Script(
        [
            "total = add(a=1,\n",
            "total = await add(a=1, b=2)\nprint('before')\ntotal / 0",
            "total = await add(a=1, b=2)\ntotal / 1",
        ]
    )
    result = await make_agent(script).run("go")
    assert result.output == "done"
    syntax, runtime, fixed = script.seen
    assert syntax.startswith("The code was not run")
    assert 'File "main.py", line 1' in syntax and "^" in syntax
    assert "SyntaxError: '(' was never closed" in syntax
    assert "Traceback (most recent call last):" in runtime
    assert 'File "main.py", line 3, in <module>' in runtime
    assert "ZeroDivisionError: division by zero" in runtime
    assert "It printed:\nbefore" in runtime
    assert "made 1 tool call(s)" in runtime and "- add(a=1, b=2) returned 3" in runtime
    assert fixed == 3.0


async def test_limit_errors_name_the_limit() -> None:
    script = Script(["while True:\n    pass", "1"])
    agent = make_agent(script, resource_limits={"max_duration_secs": 0.2})
    await agent.run("go")
    assert "exceeded the sandbox's time limit (max_duration_secs=0.2)" in script.seen[0]
    assert "TimeoutError" in script.seen[0]
    assert script.seen[1] == 1


async def test_retries_are_bounded() -> None:
    script = Script(["1/0"] * 5)
    agent = make_agent(script, max_retries=2)
    with pytest.raises(Exception, match="exceeded max retries count of 2"):
        await agent.run("go")


async def test_gather_runs_tool_calls_concurrently() -> None:
    script = Script(["results = await asyncio.gather(*(slow(i=i) for i in range(5)))\nresults"])
    agent = Agent(script.model(), capabilities=[CodeMode()])
    running: list[int] = []
    peak = 0

    @agent.tool_plain
    async def slow(i: int) -> int:
        nonlocal peak
        running.append(i)
        peak = max(peak, len(running))
        await asyncio.sleep(0.2)
        running.remove(i)
        return i * i

    start = time.perf_counter()
    await agent.run("go")
    elapsed = time.perf_counter() - start
    assert script.seen == [[0, 1, 4, 9, 16]]
    assert peak == 5
    assert elapsed < 0.6


async def test_repl_state_persists_and_restart_resets_it() -> None:
    script = Script(
        [
            "def double(x):\n    return x * 2\ncount = 1",
            "count += 1\ndouble(count)",
            ToolCallPart(
                "run_code",
                {
                    "code": "try:\n    count\n    r = 'kept'\nexcept NameError:\n    r = 'reset'\nr",
                    "restart": True,
                },
            ),
            "count",
        ]
    )
    await make_agent(script).run("go")
    assert script.seen[:3] == [{}, 4, "reset"]
    assert "NameError: name 'count' is not defined" in script.seen[3]


async def test_each_agent_run_has_its_own_session() -> None:
    first = Script(["secret = 42"])
    second = Script(["secret"])
    agent = make_agent(first)
    await agent.run("go")
    await agent.run("go", model=second.model())
    assert first.seen == [{}]
    assert "NameError: name 'secret' is not defined" in second.seen[0]


@pytest.mark.parametrize(
    ("selector", "sandboxed"),
    [
        ("all", {"weather", "add"}),
        (["add"], {"add"}),
        (lambda ctx, tool_def: tool_def.name == "weather", {"weather"}),
        ({"code_mode": True}, {"add"}),
    ],
    ids=["all", "names", "predicate", "metadata"],
)
async def test_tool_selection(selector: Any, sandboxed: set[str]) -> None:
    script = Script([])
    agent = Agent(script.model(), capabilities=[CodeMode(tools=selector)])
    agent.toolset  # noqa: B018 - the agent's own tools are registered below

    @agent.tool_plain
    def weather(city: str) -> str:
        """The weather."""
        return f"sunny in {city}"

    @agent.tool_plain(metadata={"code_mode": True})
    def add(a: int, b: int) -> int:
        """Add."""
        return a + b

    await agent.run("go")
    names = {tool.name for tool in script.tools}
    assert names == {"run_code"} | ({"weather", "add"} - sandboxed)
    run_code = next(t for t in script.tools if t.name == "run_code")
    for name in ("weather", "add"):
        assert (f"async def {name}(" in run_code.description) == (name in sandboxed)


async def test_a_native_tool_stays_callable_and_unreachable_from_code() -> None:
    script = Script(
        [
            ToolCallPart("weather", {"city": "Oslo"}),
            "await weather(city='Oslo')",
            "await add(a=2, b=3)",
        ]
    )
    agent = make_agent(script, tools=["add"])
    result = await agent.run("go")
    assert tool_returns(result.all_messages(), "weather")[0].content == Forecast(
        city="Oslo", temp_c=10.0
    )
    assert "NameError: name 'weather' is not defined" in script.seen[1]
    assert script.seen[2] == 5


async def test_max_tool_calls_raises_inside_the_sandbox() -> None:
    script = Script(
        [
            "done = []\n"
            "try:\n"
            "    for i in range(10):\n"
            "        done.append(await add(a=i, b=0))\n"
            "except RuntimeError as e:\n"
            "    error = str(e)\n"
            "done, error",
            "await asyncio.gather(*(add(a=i, b=0) for i in range(4)))",
        ]
    )
    await make_agent(script, max_tool_calls=3).run("go")
    done, error = script.seen[0]
    assert done == [0, 1, 2]
    assert error.startswith("add(): too many tool calls: run_code allows 3 per call")
    assert "too many tool calls" in script.seen[1]
    assert "made 4 tool call(s)" in script.seen[1]


async def test_large_output_is_truncated_with_a_marker() -> None:
    script = Script(["print('x' * 5000)\n'y' * 5000", "list(range(3000))"])
    await make_agent(script, max_output_chars=1000).run("go")
    first, second = script.seen
    assert len(first["output"]) < 1100
    assert "characters of printed output truncated" in first["output"]
    assert "characters of the result truncated" in first["result"]
    assert "too large to return whole" in first["result"]
    assert isinstance(second, str) and len(second) < 1300
    assert second.startswith("[0,1,2,")


async def test_metadata_carries_every_nested_call_and_return() -> None:
    script = Script(["a = await add(a=1, b=2)\nw = await weather(city='Nice')\n[a, w.temp_c]"])
    agent = make_agent(script)

    @agent.tool_plain
    def tagged(x: int) -> ToolReturn[int]:
        """Return x with metadata."""
        return ToolReturn(return_value=x, metadata={"tag": x})

    script.steps = [*script.steps, "await tagged(x=7)"]
    result = await agent.run("go")
    first, second = tool_returns(result.all_messages())
    assert first.content == [3, 10.0]
    calls = first.metadata["tool_calls"]
    returns = first.metadata["tool_returns"]
    assert [(c.tool_name, c.args) for c in calls] == [
        ("add", {"a": 1, "b": 2}),
        ("weather", {"city": "Nice"}),
    ]
    assert [r.content for r in returns] == [3, Forecast(city="Nice", temp_c=10.0)]
    assert [r.tool_call_id for r in returns] == [c.tool_call_id for c in calls]
    assert first.tool_call_id in calls[0].tool_call_id
    assert second.content == 7
    assert second.metadata["tool_returns"][0].metadata == {"tag": 7}


async def test_nested_calls_are_validated_by_pydantic_ai() -> None:
    script = Script(
        [
            "try:\n    await add(a='x', b=1)\nexcept TypeError as e:\n    msg = str(e)\nmsg",
            "await add(a='4', b=1)",
            "await add(1, 2)",
        ]
    )
    await make_agent(script).run("go")
    assert script.seen[0].startswith("add(): at a: Input should be a valid integer")
    assert script.seen[1] == 5
    assert "TypeError: add() takes 0 positional arguments but 2 were given" in script.seen[2]


async def test_nested_calls_get_a_run_context_and_hooks_run() -> None:
    seen: list[tuple[str | None, str | None, int]] = []
    script = Script(["await asyncio.gather(whoami(), whoami())"])
    agent = Agent(script.model(), deps_type=int, capabilities=[CodeMode()])

    @agent.tool
    def whoami(ctx: RunContext[int]) -> str:
        """Who is calling."""
        seen.append((ctx.tool_name, ctx.tool_call_id, ctx.deps))
        return ctx.tool_name or ""

    await agent.run("go", deps=7)
    assert script.seen == [["whoami", "whoami"]]
    assert [(name, deps) for name, _, deps in seen] == [("whoami", 7), ("whoami", 7)]
    assert len({call_id for _, call_id, _ in seen}) == 2


async def test_model_retry_from_a_nested_tool_reaches_the_code() -> None:
    script = Script(
        [
            "try:\n    await picky(n=1)\nexcept RuntimeError as e:\n    m = str(e)\nm",
            "await picky(n=1)",
        ]
    )
    agent = Agent(script.model(), capabilities=[CodeMode()])

    @agent.tool_plain
    def picky(n: int) -> int:
        """Refuses odd numbers."""
        if n % 2:
            raise ModelRetry("n must be even")
        return n

    await agent.run("go")
    assert script.seen[0] == "picky(): n must be even"
    assert "RuntimeError: picky(): n must be even" in script.seen[1]
    assert "- picky(n=1) raised RuntimeError: picky(): n must be even" in script.seen[1]


async def test_codemode_works_on_a_toolset_with_test_model() -> None:
    toolset = FunctionToolset[None]()

    @toolset.tool_plain
    def ping() -> str:
        """Ping."""
        return "pong"

    model = TestModel(call_tools=[], custom_output_text="ok")
    agent = Agent(model, toolsets=[toolset], capabilities=[CodeMode(tools=["ping"])])
    result = await agent.run("go")
    assert result.output == "ok"
    parameters = model.last_model_request_parameters
    assert parameters is not None
    (run_code,) = parameters.function_tools
    assert "async def ping() -> str:" in (run_code.description or "")


async def test_os_access_reaches_the_snippets_and_the_description() -> None:
    access = OSAccess(files=[MemoryFile("/notes/todo.txt", "buy milk\nfix bike\n")])
    script = Script(
        [
            "from pathlib import Path\n"
            "Path('/notes/done.txt').write_text('milk')\n"
            "open('/notes/todo.txt').read().splitlines()",
            "import os\nsorted(os.listdir('/notes'))",
        ]
    )
    await make_agent(script, os_access=access).run("todo?")
    assert script.seen == [
        ["buy milk", "fix bike"],
        ["done.txt", "todo.txt"],  # the run's writes persist in its session
    ]
    (run_code,) = [t for t in script.tools if t.name == "run_code"]
    assert "/notes/todo.txt" in run_code.description
    assert "PermissionError" not in run_code.description


async def test_without_os_access_files_are_refused() -> None:
    script = Script(["open('/etc/passwd').read()"])
    await make_agent(script).run("passwd?")
    assert "PermissionError" in str(script.seen[0])
    assert "PermissionError" in script.tools[-1].description


def test_options_not_available_yet_raise() -> None:
    with pytest.raises(NotImplementedError, match="in-process"):
        CodeMode(isolation="process")  # pyright: ignore[reportArgumentType]
    assert CodeMode(type_check=True).type_check  # available: see tests/test_typecheck.py
    assert CodeMode()._limits == DEFAULT_LIMITS
    assert CodeMode(resource_limits={"max_memory": 10**8})._limits == ResourceLimits(
        max_memory=10**8
    )
    with pytest.raises(TypeError, match="unknown resource limit"):
        CodeMode(resource_limits={"max_tool_calls": 3})


async def test_toolset_used_directly() -> None:
    toolset = FunctionToolset[None]()

    @toolset.tool_plain
    def square(x: int) -> int:
        """Square."""
        return x * x

    script = Script(["sum([await square(x=i) for i in range(4)])"])
    code_mode = CodeModeToolset(toolset)
    agent = Agent(script.model(), toolsets=[code_mode])
    await agent.run("go")
    assert script.seen == [14]


# -- attacks ----------------------------------------------------------------------------


class Secrets:
    """Deps that must stay on the host."""

    def __init__(self) -> None:
        self.token = "TOKEN-5ec4e7"


ATTACKS: dict[str, str] = {
    "native tool": "await launch()",
    "deps": "deps.token",
    "ctx": "ctx.deps.token",
    "globals": "globals()['ctx']",
    "tool internals": "lookup.__self__",
    "tool globals": "lookup.__globals__",
    "tool closure": "lookup.__closure__",
    "tool class": "type(lookup).__call__",
    "tool result": "r = await lookup(key='a')\nr.__class__.__init__.__globals__",
    "result object": "r = await lookup(key='a')\nr.holder.__dict__",
    "run_code": "await run_code(code='1')",
    "import": "import pydantic_ai",
    "introspect": "[k for k in dir(lookup) if not k.startswith('__')]",
}


class Holder:
    """A host object a tool returns inside a model."""

    def __init__(self, secret: str) -> None:
        self.secret = secret


class Found(BaseModel):
    """A result that holds a host object."""

    model_config = {"arbitrary_types_allowed": True}
    key: str
    holder: Holder


@pytest.mark.filterwarnings("ignore:Could not generate return schema")
async def test_code_cannot_reach_native_tools_deps_context_or_host_objects() -> None:
    launched: list[str] = []
    script = Script(list(ATTACKS.values()))
    agent = Agent(
        script.model(),
        deps_type=Secrets,
        capabilities=[CodeMode(tools=["lookup"], max_retries=len(ATTACKS))],
    )

    @agent.tool
    def lookup(ctx: RunContext[Secrets], key: str) -> Found:
        """Look a key up."""
        return Found(key=key, holder=Holder(ctx.deps.token))

    @agent.tool_plain
    def launch() -> str:
        """A native tool the code must not reach."""
        launched.append("launched")
        return "launched"

    result = await agent.run("go", deps=Secrets())
    assert launched == []
    assert len(script.seen) == len(ATTACKS)
    for (name, _code), outcome in zip(ATTACKS.items(), script.seen, strict=True):
        text = repr(outcome)
        assert "TOKEN-5ec4e7" not in text, name
        assert "launched" not in text, name
    for part in tool_returns(result.all_messages()):
        assert "TOKEN" not in repr(part.content)
    outcomes = dict(zip(ATTACKS, script.seen, strict=True))
    assert "NameError: name 'launch' is not defined" in outcomes["native tool"]
    assert "NameError: name 'deps' is not defined" in outcomes["deps"]
    assert "NameError: name 'ctx' is not defined" in outcomes["ctx"]
    assert "NameError: name 'run_code' is not defined" in outcomes["run_code"]
    assert "ModuleNotFoundError" in outcomes["import"]
    assert outcomes["introspect"] == []


async def test_type_check_turns_findings_into_a_retry() -> None:
    script = Script(
        [
            "f = await weather(city=3)\nf.temp",
            "f = await weather(city='Oslo')\nfs = await asyncio.gather(weather(city='Rome'))",
            "[f.temp_c, fs[0].city, await add(a=1, b=2)]",
        ]
    )
    result = await make_agent(script, type_check=True).run("go")
    assert result.output == "done"
    retry, first, second = script.seen
    assert retry.startswith("The code was not run: type checking found problems.")
    assert "error[invalid-argument-type]" in retry and " --> main.py:1:" in retry
    assert "error[missing-attribute]: Object of type `Forecast` has no attribute `temp`" in retry
    assert first == {}
    assert second == [10.0, "Rome", 3]  # names from the earlier snippet are known
