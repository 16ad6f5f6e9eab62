"""Type checking with ty before a program runs (`type_check=True`), the generated stubs and
`Sandbox.describe()`."""

from __future__ import annotations

import datetime
import enum
import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, NotRequired, Optional

import pytest
from inline_snapshot import snapshot
from pydantic import BaseModel, Field
from typing_extensions import TypedDict

import monty_agent as ma
from monty_agent import MontyRun, MontyTypingError, Sandbox, TypingDiagnostic
from monty_agent._stubs import StubSet, type_of_value

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Status(enum.Enum):
    OPEN = "open"
    PAID = "paid"


class Order(BaseModel):
    """An order of the shop."""

    id: int
    total: float = Field(description="In euros.")
    status: Status = Status.OPEN
    tags: list[str] = []


@dataclass
class Invoice:
    order_id: int
    amount: float


class Line(TypedDict):
    """A line of a report."""

    label: str
    value: NotRequired[float]


async def get_order(order_id: int) -> Order:
    """Fetch one order."""
    return Order(id=order_id, total=order_id * 10.0)


def bill(order: Order, discount: float = 0.0) -> Invoice:
    """Bill an order."""
    return Invoice(order_id=order.id, amount=order.total - discount)


def report(orders: list[Order]) -> list[Line]:
    """Summarise orders."""
    return [{"label": f"#{o.id}", "value": o.total} for o in orders]


SANDBOX = Sandbox(tools=[get_order, bill, report], type_check=True)


def diagnostics(error: pytest.ExceptionInfo[MontyTypingError]) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, d.rule) for d in error.value.diagnostics]


# -- checks that find problems -----------------------------------------------------------
@pytest.mark.anyio
async def test_wrong_argument_type_to_a_tool_is_refused_before_anything_runs() -> None:
    calls: list[int] = []

    async def get_order_logged(order_id: int) -> Order:
        calls.append(order_id)
        return await get_order(order_id)

    sandbox = Sandbox(tools=[ma.Tool(get_order_logged, name="get_order")], type_check=True)
    code = "first = await get_order(1)\nsecond = await get_order('two')\n"
    with pytest.raises(MontyTypingError) as error:
        await sandbox.run(code)
    assert diagnostics(error) == [(2, 26, "invalid-argument-type")]
    assert 'Expected `int`, found `Literal["two"]`' in error.value.diagnostics[0].message
    assert calls == []  # not even the first, correct call ran
    result = await sandbox.run(code.replace("'two'", "2"))
    assert calls == [1, 2] and result.output is None


@pytest.mark.anyio
async def test_unknown_attribute_on_a_model_result() -> None:
    with pytest.raises(MontyTypingError) as error:
        await SANDBOX.run("o = await get_order(3)\no.totl + 1")
    assert diagnostics(error) == [(2, 1, "missing-attribute")]
    assert "has no attribute `totl`" in error.value.diagnostics[0].message
    # A TypedDict result is a dict: keys, not attributes.
    with pytest.raises(MontyTypingError) as error:
        await SANDBOX.run("o = await get_order(3)\nlines = report([o])\nlines[0].label")
    assert diagnostics(error)[0][:2] == (3, 1)
    ok = await SANDBOX.run(
        "o = await get_order(3)\nlines = report([{'id': 3, 'total': 1.5}])\n"
        "[lines[0]['label'], o.status.value, bill({'id': 1, 'total': 30.0}).amount]"
    )
    assert ok.output == ["#3", "open", 30.0]


def test_importing_a_module_the_sandbox_lacks() -> None:
    for code in ("import ctypes", "from subprocess import run", "import json, socket"):
        with pytest.raises(MontyTypingError) as error:
            MontyRun(code, type_check=True)
        (found,) = error.value.diagnostics
        assert found.rule == "unresolved-import"
        assert "not available in the sandbox" in found.message
    with pytest.raises(MontyTypingError, match="numpy"):
        MontyRun("import numpy", type_check=True)
    MontyRun("import json, math\nfrom collections import Counter", type_check=True)


def test_functions_and_attributes_the_sandbox_lacks() -> None:
    # Not builtins of the sandbox, though CPython has them.
    for code in ("input()", "breakpoint()", "globals()"):
        with pytest.raises(MontyTypingError) as error:
            MontyRun(code, type_check=True)
        assert diagnostics(error)[0][2] == "unresolved-reference"
    # A module function the sandbox's module does not export.
    with pytest.raises(MontyTypingError) as error:
        MontyRun("import sys\nsys.settrace(None)", type_check=True)
    assert diagnostics(error) == [(2, 1, "missing-attribute")]


def test_line_mapping_with_top_level_await() -> None:
    code = (
        "import asyncio\n"
        "async def twice(n: int) -> int:\n"
        "    return n * 2\n"
        "a, b = await asyncio.gather(twice(1), twice(2))\n"
        "async def ticker():\n"
        "    yield 1\n"
        "async for x in ticker():\n"
        "    pass\n"
        "    total: int = 'no'\n"
        "a.upper()"
    )
    with pytest.raises(MontyTypingError) as error:
        MontyRun(code, type_check=True)
    assert diagnostics(error) == [(9, 18, "invalid-assignment"), (10, 1, "missing-attribute")]
    full = error.value.display("full")
    assert full.splitlines()[:5] == [
        'error[invalid-assignment]: Object of type `Literal["no"]` is not assignable to `int`',
        " --> main.py:9:18",
        "  |",
        "9 |     total: int = 'no'",
        "  |                  ^^^^",
    ]


def test_declared_input_types() -> None:
    MontyRun("sum(o.total for o in orders)", inputs={"orders": list[Order]}, type_check=True)
    with pytest.raises(MontyTypingError) as error:
        MontyRun("orders[0].price", inputs={"orders": list[Order]}, type_check=True)
    assert diagnostics(error) == [(1, 1, "missing-attribute")]
    # Names only: the inputs are known, of any type.
    MontyRun("orders[0].price", inputs=["orders"], type_check=True)
    with pytest.raises(MontyTypingError, match="unresolved-reference"):
        MontyRun("order", inputs=["orders"], type_check=True)


@pytest.mark.anyio
async def test_input_types_come_from_the_values() -> None:
    sandbox = Sandbox(type_check=True)
    with pytest.raises(MontyTypingError) as error:
        await sandbox.run("n.upper()", inputs={"n": 3})
    assert "`int`" in error.value.diagnostics[0].message
    # Mixed values are typed loosely: no false alarms on JSON-like data.
    data = {"name": "Ada", "age": 36, "tags": ["x"]}
    result = await sandbox.run("data['age'] + 1", inputs={"data": data})
    assert result.output == 37
    assert type_of_value(data) == dict[str, Any]
    assert type_of_value([Invoice(1, 2.0)]) == list[Invoice]
    assert type_of_value([]) == list[Any]


@pytest.mark.anyio
async def test_session_snippets_know_earlier_names() -> None:
    async with SANDBOX.session() as session:
        await session.run(
            "o = await get_order(2)\ndef double(x: float) -> float:\n    return 2 * x"
        )
        assert (await session.run("double(o.total)")).output == 40.0
        with pytest.raises(MontyTypingError) as error:
            await session.run("x = 1\ndouble(o.id).upper()")
        assert diagnostics(error) == [(2, 1, "missing-attribute")]
        # The failed check ran nothing; a name rebound later has its new type.
        await session.run("o = 'text'", inputs={"k": 5})
        assert (await session.run("o.upper() + str(k)")).output == "TEXT5"
        with pytest.raises(MontyTypingError):
            await session.run("undefined_name")


@pytest.mark.anyio
async def test_run_function_and_json_display() -> None:
    def add(a: int, b: int) -> int:
        return a + b

    with pytest.raises(MontyTypingError) as error:
        await ma.run("add(1, '2')", tools=[add], type_check=True)
    data = json.loads(error.value.display("json"))
    assert data == [
        {
            "line": 1,
            "column": 8,
            "end_line": 1,
            "end_column": 11,
            "rule": "invalid-argument-type",
            "severity": "error",
            "message": data[0]["message"],
        }
    ]
    assert str(error.value) == error.value.display("concise")
    assert error.value.display("concise").startswith("main.py:1:8: error[invalid-argument-type]")
    assert (await ma.run("add(1, 2)", tools=[add], type_check=True)).output == 3
    assert isinstance(error.value.diagnostics[0], TypingDiagnostic)


def test_type_checking_is_off_by_default() -> None:
    assert MontyRun("x: int = 'one'\nx").run() == "one"


# -- describe() ------------------------------------------------------------------------------
def test_describe_renders_the_tool_catalogue() -> None:
    assert SANDBOX.describe() == snapshot('''\
class Order:
    """An order of the shop."""
    id: int
    total: float
    """In euros."""
    status: Status = ...
    tags: list[str] = ...

class Status:
    name: str
    value: str

class Invoice:
    order_id: int
    amount: float

class Line(TypedDict):
    """A line of a report."""
    label: str
    value: NotRequired[float]

async def get_order(order_id: int) -> Order:
    """Fetch one order."""
    ...

def bill(order: Order | dict[str, Any], discount: float = 0.0) -> Invoice:
    """Bill an order."""
    ...

def report(orders: list[Order | dict[str, Any]]) -> list[Line]:
    """Summarise orders."""
    ...\
''')


def test_stub_module_is_valid_python() -> None:
    stubs = StubSet()
    stubs.add_function("get_order", get_order)
    stubs.add_schema_function(
        "search",
        {
            "type": "object",
            "properties": {
                "query": {"type": "string", "description": "What to look for."},
                "limit": {"type": "integer", "default": 10},
                "filters": {"$ref": "#/$defs/Filters"},
            },
            "required": ["query"],
            "$defs": {
                "Filters": {
                    "title": "Filters",
                    "type": "object",
                    "properties": {"lang": {"enum": ["en", "fr"]}},
                }
            },
        },
        {"type": "array", "items": {"type": ["string", "null"]}},
        description="Search the web.",
    )
    compile(stubs.module(), "<stubs>", "exec")
    assert stubs.functions[1].render() == snapshot('''\
async def search(*, query: str, limit: int = 10, filters: Filters = ...) -> list[str | None]:
    """Search the web."""
    ...\
''')


# -- the sandbox's own stubs -----------------------------------------------------------------
def test_sandbox_stubs_match_the_allow_lists() -> None:
    spec = importlib.util.spec_from_file_location("stubs_generate", ROOT / "stubs" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["stubs_generate"] = module
    try:
        spec.loader.exec_module(module)
        generated = module.generate(module.source_typeshed())
        checked_in = module.written()
    finally:
        del sys.modules["stubs_generate"]
    drifted = sorted(
        k for k in generated.keys() | checked_in.keys() if generated.get(k) != checked_in.get(k)
    )
    assert drifted == [], "run `uv run python stubs/generate.py`"
    builtins_stub = generated["builtins.pyi"]
    assert "def input(" not in builtins_stub and "def print(" in builtins_stub


def test_stub_types_cover_the_usual_annotations() -> None:
    def f(
        a: Annotated[int, Field(ge=0)],
        /,
        b: tuple[int, str],
        c: tuple[float, ...] = (),
        *args: set[bytes],
        d: Optional[datetime.date] = None,  # noqa: UP045 - the old spelling is read too
        e: Literal["x", "y"] = "x",
        f: Status = Status.OPEN,
        **kwargs: frozenset[int],
    ) -> dict[str, list[Status]]:
        raise NotImplementedError

    stubs = StubSet()
    stubs.add_function("f", f)
    stubs.add_untyped_function("g", is_async=True)
    assert stubs.functions[0].render() == snapshot(
        "def f(a: int, /, b: tuple[int, str], c: tuple[float, ...] = ..., *args: set[bytes], d: datetime.date | None = None, e: Literal['x', 'y'] = 'x', f: Literal['open', 'paid'] = ..., **kwargs: frozenset[int]) -> dict[str, list[Status]]: ..."
    )
    assert stubs.functions[1].render() == "async def g(*args: Any, **kwargs: Any) -> Any: ..."
    compile(stubs.module(), "<stubs>", "exec")


def test_schema_types() -> None:
    stubs = StubSet()
    cases = {
        "oneOf": ({"oneOf": [{"type": "integer"}, {"const": "auto"}]}, "int | Literal['auto']"),
        "list": ({"type": ["string", "null"]}, "str | None"),
        "map": ({"type": "object", "additionalProperties": {"type": "number"}}, "dict[str, float]"),
        "array": ({"type": "array"}, "list[Any]"),
        "object": ({"type": "object"}, "dict[str, Any]"),
        "unknown": ({}, "Any"),
        "bad ref": ({"$ref": "#/$defs/Missing"}, "Any"),
    }
    for schema, expected in cases.values():
        assert stubs.schema(schema, {}) == expected
    same = {"title": "Point", "type": "object", "properties": {"x": {"type": "integer"}}}
    other = {"title": "Point", "type": "object", "properties": {"y": {"type": "integer"}}}
    assert [stubs.schema(same, {}), stubs.schema(same, {}), stubs.schema(other, {})] == [
        "Point",
        "Point",
        "Point_2",
    ]
