"""Tools: `monty_agent.run(code, tools=...)`, `Sandbox`, `Tool`, validation at the boundary."""

from __future__ import annotations

import dataclasses
import enum
import time
from typing import Any

import anyio
import pytest
from pydantic import BaseModel, computed_field
from typing_extensions import TypedDict

import monty_agent as ma
from monty_agent import (
    MontyObject,
    MontyRun,
    MontyRuntimeError,
    ResourceLimits,
    RunResult,
    Sandbox,
    Tool,
    ToolCall,
)

pytestmark = pytest.mark.anyio

BACKENDS = ["asyncio", "trio"]


@pytest.fixture(params=BACKENDS)
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return request.param


class Address(BaseModel):
    city: str
    zip: int


class User(BaseModel):
    id: int
    name: str
    address: Address | None = None
    tags: list[str] = []

    @property
    def shout(self) -> str:
        return self.name.upper()

    def greet(self) -> str:
        return f"hi {self.name}"

    @computed_field
    @property
    def label(self) -> str:
        return f"#{self.id} {self.name}"


@dataclasses.dataclass
class Point:
    x: int
    y: int

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


class Stats(TypedDict):
    count: int
    mean: float


USERS = {
    1: User(id=1, name="ada", address=Address(city="London", zip=1815)),
    2: User(id=2, name="bob"),
}


async def get_user(user_id: int) -> User:
    """Fetch a user by id."""
    await anyio.sleep(0.01)
    return USERS[user_id]


def save_user(user: User) -> str:
    assert isinstance(user, User)
    return f"saved {user.name} ({type(user).__name__})"


def fetch(url: str) -> str:
    return f"<{url}>"


def point() -> Point:
    return Point(3, -4)


def stats(values: list[float]) -> Stats:
    return {"count": len(values), "mean": sum(values) / len(values)}


# -- tools in the sandbox -----------------------------------------------------------------------


async def test_sync_and_async_tools() -> None:
    code = "u = await get_user(1)\nsave_user(u), fetch(u.name), u.address.city"
    result = await ma.run(code, tools=[get_user, save_user, fetch])
    assert result.output == ("saved ada (User)", "<ada>", "London")


async def test_awaited_tools_run_concurrently() -> None:
    async def slow(i: int) -> int:
        await anyio.sleep(0.2)
        return i

    code = "import asyncio\nawait asyncio.gather(*(slow(i) for i in range(20)))"
    start = time.perf_counter()
    result = await ma.run(code, tools=[slow])
    assert result.output == list(range(20))
    assert time.perf_counter() - start < 1.0  # one after the other: 4 s
    assert all(call.end - call.start >= 0.19 for call in result.tool_calls)
    starts = [call.start for call in result.tool_calls]
    assert max(starts) - min(starts) < 0.1


async def test_tools_are_plain_functions_in_the_sandbox() -> None:
    code = "callable(fetch), callable(get_user), fetch.__name__"
    result = await ma.run(code, tools=[fetch, get_user])
    assert result.output == (True, True, "fetch")


async def test_tool_wrapper_renames() -> None:
    tool = Tool(fetch, name="download", description="Download a page.")
    assert (tool.name, tool.description) == ("download", "Download a page.")
    assert Tool(get_user).description == "Fetch a user by id."
    result = await ma.run("download('x')", tools=[tool])
    assert result.output == "<x>"
    assert result.tool_calls[0].name == "download"
    with pytest.raises(ValueError, match="identifier"):
        Tool(fetch, name="not a name")
    with pytest.raises(ValueError, match="two tools are named 'fetch'"):
        Sandbox(tools=[fetch, Tool(point, name="fetch")])


# -- argument validation ------------------------------------------------------------------------


async def _error(code: str, tools: list[Any]) -> str:
    """The message of the TypeError the sandbox caught."""
    wrapped = "try:\n" + "".join(f"    {line}\n" for line in code.splitlines())
    wrapped += "except TypeError as e:\n    err = str(e)\nerr"
    result = await ma.run(wrapped, tools=tools)
    assert isinstance(result.output, str)
    return result.output


async def test_argument_errors_name_the_tool_and_the_argument() -> None:
    assert await _error("fetch(42)", [fetch]) == (
        "fetch(): argument 'url': Input should be a valid string (got 42)"
    )
    assert await _error("fetch()", [fetch]) == "fetch(): missing a required argument: 'url'"
    assert await _error("fetch('a', 'b')", [fetch]) == "fetch(): too many positional arguments"
    assert await _error("fetch('a', link='b')", [fetch]) == (
        "fetch(): got an unexpected keyword argument 'link'"
    )
    assert await _error("await get_user('x')", [get_user]) == (
        "get_user(): argument 'user_id': Input should be a valid integer, unable to parse "
        "string as an integer (got 'x')"
    )


async def test_nested_errors_show_the_path() -> None:
    code = "save_user({'id': 1, 'name': 'a', 'address': {'city': 'x', 'zip': 'z'}, 'tags': [1]})"
    assert await _error(code, [save_user]) == (
        "save_user(): argument 'user.address.zip': Input should be a valid integer, unable to "
        "parse string as an integer (got 'z'); argument 'user.tags[0]': Input should be a "
        "valid string (got 1)"
    )
    assert await _error("save_user({'id': 1})", [save_user]) == (
        "save_user(): argument 'user.name': Field required"
    )


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Paint(BaseModel):
    name: str
    color: Color
    mix: list[Color] = []


def get_paint() -> Paint:
    return Paint(name="sky", color=Color.BLUE, mix=[Color.RED, Color.BLUE])


def describe_paint(paint: Paint, extra: Color | None = None) -> str:
    mix = "+".join(c.value for c in paint.mix)
    return f"{paint.name}:{paint.color.value}:{mix}:{extra.name if extra else '-'}"


async def test_enum_members_a_tool_returned_can_be_handed_back() -> None:
    """An enum member reaches the sandbox as a record of its name and value; given back to
    a tool (alone, in a model, in a list) it validates as the member again."""
    code = "p = get_paint()\n(p.color.name, p.color.value, describe_paint(p, p.mix[0]))"
    result = await ma.run(code, tools=[get_paint, describe_paint])
    assert result.output == ("BLUE", "blue", "sky:blue:red+blue:RED")
    # a record that does not match the enum still fails, naming the argument
    message = await _error(
        "describe_paint({'name': 'x', 'color': {'name': 'GREEN', 'value': 'green'}})",
        [describe_paint],
    )
    assert message.startswith("describe_paint(): argument 'paint.color': Input should be")


async def test_huge_inputs_are_truncated_and_errors_capped() -> None:
    message = await _error("fetch(['x' * 1_000_000])", [fetch])
    assert message == (
        "fetch(): argument 'url': Input should be a valid string "
        "(got ['xxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxx'])"
    )
    message = await _error("save_user(['y' * 1_000_000] * 1000)", [save_user])
    assert len(message) < 300, message
    assert message.startswith("save_user(): argument 'user': Input should be a valid dictionary")
    assert "..." in message

    def many(a: int, b: int, c: int, d: int, e: int) -> None:
        pass

    message = await _error("many('a', 'b', 'c', 'd', 'e')", [many])
    assert message.count("argument '") == 3
    assert message.endswith("(and 2 more errors)")


async def test_a_failed_validation_is_catchable_and_leaves_no_host_objects() -> None:
    code = (
        "try:\n"
        "    fetch(1)\n"
        "except TypeError as e:\n"
        "    found = (type(e).__name__, e.__cause__, e.__context__, e.args)\n"
        "found"
    )
    result = await ma.run(code, tools=[fetch])
    assert result.output == (
        "TypeError",
        None,
        None,
        ("fetch(): argument 'url': Input should be a valid string (got 1)",),
    )


async def test_arguments_are_coerced_like_pydantic() -> None:
    def total(values: list[float], scale: int = 1) -> float:
        return sum(values) * scale

    result = await ma.run("total((1, '2.5'), scale='2')", tools=[total])
    assert result.output == 7.0
    assert result.tool_calls[0].args == ([1.0, 2.5], 2)


async def test_var_args_and_kwargs_are_validated() -> None:
    def join(*parts: str, **options: int) -> str:
        return "-".join(parts) + str(sorted(options.items()))

    result = await ma.run("join('a', 'b', width='3')", tools=[join])
    assert result.output == "a-b[('width', 3)]"
    assert await _error("join('a', 2)", [join]) == (
        "join(): argument 'parts[1]': Input should be a valid string (got 2)"
    )
    assert await _error("join(x='y')", [join]) == (
        "join(): argument 'x': Input should be a valid integer, unable to parse string as an "
        "integer (got 'y')"
    )


async def test_unannotated_and_any_arguments_pass_through() -> None:
    def echo(value, other: Any = None):  # type: ignore[no-untyped-def]
        return [value, other]

    code = "class P:\n    def __init__(self):\n        self.x = 1\necho(P(), (1, [2]))"
    result = await ma.run(code, tools=[echo])
    assert result.output == [MontyObject("P", {"x": 1}), (1, [2])]


async def test_records_validate_back_into_models() -> None:
    code = "users = [await get_user(1), await get_user(2)]\n[save_user(u) for u in users]"
    result = await ma.run(code, tools=[get_user, save_user])
    assert result.output == ["saved ada (User)", "saved bob (User)"]
    call = result.tool_calls[2]
    assert call.name == "save_user"
    assert call.args == (USERS[1],)
    assert isinstance(call.args[0], User)


async def test_a_sandbox_object_validates_into_a_model() -> None:
    code = (
        "class Person:\n"
        "    def __init__(self, name):\n"
        "        self.id = 7\n"
        "        self.name = name\n"
        "save_user(Person('cy'))"
    )
    result = await ma.run(code, tools=[save_user])
    assert result.output == "saved cy (User)"


async def test_dataclass_and_typeddict_arguments() -> None:
    def shift(p: Point, by: Stats) -> Point:
        return Point(p.x + by["count"], p.y)

    result = await ma.run("shift(point(), {'count': 2, 'mean': 0})", tools=[shift, point])
    assert result.output == MontyObject("Point", {"x": 5, "y": -4})


# -- results ------------------------------------------------------------------------------------


async def test_models_arrive_as_read_only_records() -> None:
    code = (
        "u = await get_user(1)\n"
        "out = [u.name, u.address.zip, u.label, u.type_name, sorted(dir(u))]\n"
        "for attempt in ('shout', 'greet', 'model_fields', 'model_dump', 'model_validate'):\n"
        "    try:\n"
        "        getattr(u, attempt)\n"
        "    except AttributeError:\n"
        "        out.append(attempt)\n"
        "try:\n"
        "    u.name = 'x'\n"
        "except AttributeError:\n"
        "    out.append('read-only')\n"
        "out"
    )
    result = await ma.run(code, tools=[get_user])
    assert result.output == [
        "ada",
        1815,
        "#1 ada",
        "User",
        ["attributes", "type_name"],
        "shout",
        "greet",
        "model_fields",
        "model_dump",
        "model_validate",
        "read-only",
    ]


async def test_dataclass_typeddict_and_nested_results() -> None:
    def users() -> list[User]:
        return list(USERS.values())

    code = "p = point()\ns = stats([1, 2, 3])\n[p.x, p.y, s, [u.name for u in users()]]"
    result = await ma.run(code, tools=[point, stats, users])
    assert result.output == [3, -4, {"count": 3, "mean": 2.0}, ["ada", "bob"]]
    assert isinstance(result.tool_calls[0].result, Point)


class Field_(BaseModel):
    name: str
    type: str  # a field named `type`, like a core schema's own key
    items: list[int]


async def test_models_with_a_field_named_type() -> None:
    """A model's fields schema has a key `type` whose value is the field's schema: making
    validation fail-fast must not take it for the schema's own type."""

    def describe() -> list[Field_]:
        return [Field_(name="id", type="INTEGER", items=[1, 2])]

    def take(field: Field_) -> str:
        return field.type

    result = await ma.run(
        "f = describe()[0]\n[f.type, f.items, take(field=f)]", tools=[describe, take]
    )
    assert result.output == ["INTEGER", [1, 2], "INTEGER"]


async def test_results_are_validated_against_the_return_annotation() -> None:
    def count() -> int:
        return "3"  # type: ignore[return-value]

    def broken() -> int:
        return "three"  # type: ignore[return-value]

    code = "try:\n    broken()\nexcept RuntimeError as e:\n    err = str(e)\n[count(), err]"
    result = await ma.run(code, tools=[count, broken])
    assert result.output == [
        3,
        "broken() returned an invalid result: Input should be a valid integer, unable to parse "
        "string as an integer (got 'three')",
    ]
    assert isinstance(result.tool_calls[0].error, RuntimeError)


async def test_host_objects_never_reach_the_sandbox() -> None:
    import os

    def leak() -> Any:
        return [os, User, fetch, os.environ, open]

    result = await ma.run("[str(x) for x in leak()]", tools=[leak])
    assert result.output == [
        "<module object>",
        "<class 'User'>",
        "<function fetch>",
        "<_Environ object>",
        "<built-in function open>",
    ]


async def test_tool_exceptions_arrive_as_builtin_types() -> None:
    class ServiceError(Exception):
        pass

    def lookup(key: str) -> str:
        raise KeyError(key)

    async def down() -> None:
        raise ServiceError("service unavailable")

    code = (
        "out = []\n"
        "try:\n"
        "    lookup('a')\n"
        "except KeyError as e:\n"
        "    out.append(repr(e))\n"
        "try:\n"
        "    await down()\n"
        "except RuntimeError as e:\n"
        "    out.append(str(e))\n"
        "out"
    )
    result = await ma.run(code, tools=[lookup, down])
    assert result.output == ["KeyError('a')", "service unavailable"]
    assert [type(call.error).__name__ for call in result.tool_calls] == ["KeyError", "ServiceError"]


# -- results of a run ---------------------------------------------------------------------------


async def test_run_result_and_tool_calls() -> None:
    printed: list[tuple[str, str]] = []
    code = "u = await get_user(x)\nprint('got', u.name)\ntry:\n    fetch(1)\nexcept TypeError:\n    pass\nu.id"
    result = await ma.run(
        code,
        inputs={"x": 2},
        tools=[get_user, fetch],
        print_callback=lambda stream, text: printed.append((stream, text)),
    )
    assert isinstance(result, RunResult)
    assert (result.output, result.stdout) == (2, "got bob\n")
    assert printed == [("stdout", "got bob\n")]
    assert result.duration > 0
    ok, failed = result.tool_calls
    assert isinstance(ok, ToolCall)
    assert (ok.name, ok.args, ok.kwargs, ok.result, ok.error, ok.ok) == (
        "get_user",
        (2,),
        {},
        USERS[2],
        None,
        True,
    )
    assert 0 <= ok.start <= ok.end <= failed.start <= failed.end <= result.duration
    assert ok.duration >= 0.009
    assert (failed.name, failed.args, failed.ok) == ("fetch", (1,), False)
    assert isinstance(failed.error, TypeError)
    assert failed.error.__traceback__ is None  # a copy: no sandbox frames on the host


async def test_external_functions_keep_working() -> None:
    async def double(x):  # type: ignore[no-untyped-def]
        return 2 * x

    result = await ma.run(
        "inc(await double('ab'))",
        external_functions={"double": double, "inc": lambda s: s + "!"},
    )
    assert (result.output, result.tool_calls) == ("abab!", [])
    with pytest.raises(ValueError, match="both a tool and an external function"):
        Sandbox(tools=[fetch], external_functions={"fetch": fetch})


async def test_external_functions_returning_models_give_records() -> None:
    run = MontyRun("u = f()\nu.name, u.address.city", external_functions=["f"])
    assert run.run(external_functions={"f": lambda: USERS[1]}) == ("ada", "London")


async def test_errors_and_limits() -> None:
    async def slow() -> None:
        await anyio.sleep(10)

    start = time.perf_counter()
    with pytest.raises(MontyRuntimeError) as info:
        await ma.run("await slow()", tools=[slow], limits=ResourceLimits(max_duration_secs=0.3))
    assert (info.value.type_name, info.value.limit) == ("TimeoutError", True)
    assert time.perf_counter() - start < 1.5
    with pytest.raises(MontyRuntimeError) as info:
        await ma.run("fetch(1)", tools=[fetch])
    assert info.value.display("type-msg") == (
        "TypeError: fetch(): argument 'url': Input should be a valid string (got 1)"
    )


class Opaque:
    pass


async def test_unsupported_annotations_fail_when_the_tool_is_made() -> None:
    def takes(x: Opaque) -> None:
        pass

    with pytest.raises(TypeError, match="argument 'x': pydantic cannot validate"):
        Tool(takes)


# -- Sandbox ------------------------------------------------------------------------------------


async def test_sandbox_is_reusable_configuration() -> None:
    sandbox = Sandbox(tools=[get_user], limits=ResourceLimits(max_duration_secs=5))
    with pytest.raises(dataclasses.FrozenInstanceError):
        sandbox.limits = None  # type: ignore[misc]
    with pytest.raises(TypeError):
        Sandbox([get_user])  # type: ignore[misc]  # keyword-only
    first = await sandbox.run("seen = (await get_user(i)).name\nseen", inputs={"i": 1})
    second = await sandbox.run("try:\n    seen\nexcept NameError:\n    seen = False\nseen")
    assert (first.output, second.output) == ("ada", False)
    assert [c.args for c in first.tool_calls] == [(1,)]
    assert second.tool_calls == []
    with pytest.raises(TypeError, match="has the name of a tool"):
        await sandbox.run("get_user", inputs={"get_user": 1})


async def test_sandbox_limits_apply_to_each_run() -> None:
    sandbox = Sandbox(limits=ResourceLimits(max_duration_secs=0.2))
    with pytest.raises(MontyRuntimeError) as info:
        await sandbox.run("while True:\n    pass")
    assert info.value.type_name == "TimeoutError"
    assert (await sandbox.run("1 + 1")).output == 2


def test_records_cannot_be_rewritten_in_the_sandbox() -> None:
    code = "T = type(u)\ntry:\n    T.__init__(u, 'Evil', {})\nexcept AttributeError as e:\n    r = str(e)\nr, u"
    out = MontyRun(code, inputs=["u"]).run(inputs={"u": MontyObject("User", {"name": "a"})})
    assert out == ("records are read-only", MontyObject("User", {"name": "a"}))
