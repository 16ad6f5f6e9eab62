"""The async driver (`run_async`) and the stepping API (`start` / `resume`)."""

from __future__ import annotations

import gc
import time
from typing import Any

import anyio
import pytest

from monty_agent import (
    Complete,
    FunctionCall,
    FutureBatch,
    MontyError,
    MontyRun,
    MontyRuntimeError,
    ResourceLimits,
)

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return request.param


# -- run_async --------------------------------------------------------------------------------


async def test_awaited_tools_run_concurrently() -> None:
    async def fetch(i: int) -> int:
        await anyio.sleep(0.2)
        return i * 10

    code = "import asyncio\nawait asyncio.gather(*(fetch(i) for i in range(20)))"
    start = time.perf_counter()
    out = await MontyRun(code, async_functions=["fetch"]).run_async(
        external_functions={"fetch": fetch}
    )
    assert out == [i * 10 for i in range(20)]
    assert time.perf_counter() - start < 0.2 * 5  # sequential would take 4 s


async def test_sync_and_async_functions_mix() -> None:
    async def double(x: int) -> int:
        return 2 * x

    def inc(x: int) -> int:
        return x + 1

    code = "async def main():\n    return inc(await double(5))\nawait main()"
    run = MontyRun(code, external_functions=["inc"], async_functions=["double"])
    assert await run.run_async(external_functions={"inc": inc, "double": double}) == 11


async def test_tool_errors_arrive_as_builtin_exceptions() -> None:
    async def lookup(key: str) -> str:
        raise KeyError(key)

    async def broken() -> None:
        class ServiceError(Exception):
            pass

        raise ServiceError("service unavailable")

    code = (
        "try:\n"
        "    await lookup('a')\n"
        "except KeyError as e:\n"
        "    first = repr(e)\n"
        "try:\n"
        "    await broken()\n"
        "except RuntimeError as e:\n"
        "    second = str(e)\n"
        "first, second"
    )
    run = MontyRun(code, async_functions=["lookup", "broken"])
    out = await run.run_async(external_functions={"lookup": lookup, "broken": broken})
    assert out == ("KeyError('a')", "service unavailable")


async def test_time_limit_cancels_running_tools() -> None:
    cancelled: list[bool] = []

    async def slow() -> None:
        try:
            await anyio.sleep(10)
        except anyio.get_cancelled_exc_class():
            cancelled.append(True)
            raise

    run = MontyRun("await slow()", async_functions=["slow"])
    start = time.perf_counter()
    with pytest.raises(MontyRuntimeError) as info:
        await run.run_async(
            external_functions={"slow": slow}, limits=ResourceLimits(max_duration_secs=0.3)
        )
    assert (info.value.type_name, info.value.limit) == ("TimeoutError", True)
    assert time.perf_counter() - start < 1.5
    assert cancelled == [True]


async def test_cancelling_the_caller_stops_the_run_and_its_tools() -> None:
    cancelled: list[bool] = []

    async def slow() -> None:
        try:
            await anyio.sleep(10)
        except anyio.get_cancelled_exc_class():
            cancelled.append(True)
            raise

    run = MontyRun("await slow()", async_functions=["slow"])
    start = time.perf_counter()
    with anyio.move_on_after(0.2):
        await run.run_async(external_functions={"slow": slow})
    assert time.perf_counter() - start < 1.5
    assert cancelled == [True]
    assert await MontyRun("1 + 1").run_async() == 2  # the pool still works


async def test_sandbox_asyncio_sleep_and_tasks_under_run_async() -> None:
    code = (
        "import asyncio\n"
        "order = []\n"
        "async def w(name, delay):\n"
        "    await asyncio.sleep(delay)\n"
        "    order.append(name)\n"
        "await asyncio.gather(w('slow', 0.05), w('fast', 0.01))\n"
        "order"
    )
    assert await MontyRun(code).run_async() == ["fast", "slow"]


async def test_many_tools_finishing_together_are_all_answered() -> None:
    async def fetch(i: int) -> int:
        await anyio.sleep(0.01 * (i % 3))
        return i

    code = "import asyncio\nawait asyncio.gather(*(fetch(i) for i in range(300)))"
    run = MontyRun(code, async_functions=["fetch"])
    assert await run.run_async(external_functions={"fetch": fetch}) == list(range(300))


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_asyncio_wait_for_stops_the_run_and_its_tools_promptly() -> None:
    import asyncio

    cancelled: list[int] = []

    async def slow(i: int) -> None:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.append(i)
            raise

    code = "import asyncio\nawait asyncio.gather(*(slow(i) for i in range(5)))"
    run = MontyRun(code, async_functions=["slow"])
    start = time.perf_counter()
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(run.run_async(external_functions={"slow": slow}), 0.2)
    assert time.perf_counter() - start < 1.0
    assert sorted(cancelled) == [0, 1, 2, 3, 4]


async def test_a_cancel_scope_stops_the_run_and_its_tools_promptly() -> None:
    """The same under either anyio backend: cancelling the caller cancels the running tools."""
    cancelled: list[int] = []

    async def slow(i: int) -> None:
        try:
            await anyio.sleep(10)
        except anyio.get_cancelled_exc_class():
            cancelled.append(i)
            raise

    code = "import asyncio\nawait asyncio.gather(*(slow(i) for i in range(5)))"
    run = MontyRun(code, async_functions=["slow"])
    start = time.perf_counter()
    with anyio.move_on_after(0.2) as scope:
        await run.run_async(external_functions={"slow": slow})
    assert scope.cancelled_caught
    assert time.perf_counter() - start < 1.0
    assert sorted(cancelled) == [0, 1, 2, 3, 4]


async def test_tools_see_the_callers_context_variables() -> None:
    import contextvars

    var: contextvars.ContextVar[str] = contextvars.ContextVar("var", default="unset")
    var.set("caller")

    async def read() -> str:
        return var.get()

    run = MontyRun("await read()", async_functions=["read"])
    assert await run.run_async(external_functions={"read": read}) == "caller"


async def test_a_tool_raising_a_base_exception_stops_the_run() -> None:
    class Stop(BaseException):
        pass

    async def bad() -> None:
        raise Stop("x")

    run = MontyRun("await bad()", async_functions=["bad"])
    with pytest.raises(BaseExceptionGroup) as info:
        await run.run_async(external_functions={"bad": bad})
    assert [type(e) for e in info.value.exceptions] == [Stop]
    assert await MontyRun("1 + 1").run_async() == 2


# -- stepping ---------------------------------------------------------------------------------


def test_stepping_a_sync_call_at_depth() -> None:
    run = MontyRun('greet(name) + "!"', inputs=["name"], external_functions=["greet"])
    call = run.start(inputs={"name": "Ada"})
    assert isinstance(call, FunctionCall)
    assert (call.function_name, call.args, call.kwargs) == ("greet", ("Ada",), {})
    done = call.resume(return_value="hello Ada")
    assert done == Complete("hello Ada!")


def test_stepping_suspends_inside_nested_calls_and_methods() -> None:
    code = (
        "class Greeter:\n"
        "    def __init__(self, who):\n"
        "        self.text = fetch(who, loud=True)\n"
        "def build(names):\n"
        "    return [Greeter(n).text for n in names]\n"
        "build(['a', 'b'])"
    )
    progress = MontyRun(code, external_functions=["fetch"]).start()
    seen: list[Any] = []
    while isinstance(progress, FunctionCall):
        seen.append((progress.args, progress.kwargs))
        progress = progress.resume(return_value=progress.args[0].upper())
    assert seen == [(("a",), {"loud": True}), (("b",), {"loud": True})]
    assert progress == Complete(["A", "B"])


def test_stepping_exceptions_are_catchable() -> None:
    code = "try:\n    fetch()\nexcept ValueError as e:\n    r = f'caught {e}'\nr"
    call = MontyRun(code, external_functions=["fetch"]).start()
    assert isinstance(call, FunctionCall)
    assert call.resume(exception=ValueError("nope")) == Complete("caught nope")


def test_stepping_future_batches_answered_one_by_one() -> None:
    code = (
        "import asyncio\n"
        "async def main():\n"
        "    return await asyncio.gather(*(fetch(i) for i in range(3)))\n"
        "await main()"
    )
    batch = MontyRun(code, async_functions=["fetch"]).start()
    assert isinstance(batch, FutureBatch)
    assert [c.args for c in batch.calls] == [(0,), (1,), (2,)]
    ids = [c.call_id for c in batch.calls]
    batch2 = batch.resume({ids[1]: "one"})
    assert isinstance(batch2, FutureBatch)
    assert [c.call_id for c in batch2.calls] == [ids[0], ids[2]]
    done = batch2.resume({ids[0]: "zero", ids[2]: "two"})
    assert done == Complete(["zero", "one", "two"])


def test_stepping_future_batch_errors() -> None:
    code = "import asyncio\nawait asyncio.gather(fetch(1), fetch(2))"
    batch = MontyRun(code, async_functions=["fetch"]).start()
    assert isinstance(batch, FutureBatch)
    first, second = (c.call_id for c in batch.calls)
    with pytest.raises(MontyError, match="no pending call with id 99"):
        batch.resume({99: 1})
    with pytest.raises(MontyRuntimeError) as info:
        batch.resume({first: 1}, errors={second: KeyError("two")})
    assert (info.value.type_name, info.value.message) == ("KeyError", "'two'")


def test_a_progress_resumes_once() -> None:
    call = MontyRun("f() + f()", external_functions=["f"]).start()
    assert isinstance(call, FunctionCall)
    nxt = call.resume(return_value=1)
    with pytest.raises(MontyError, match="already resumed"):
        call.resume(return_value=1)
    assert isinstance(nxt, FunctionCall)
    assert nxt.resume(return_value=2) == Complete(3)


def test_stepping_errors_raise_from_resume() -> None:
    call = MontyRun("f() / 0", external_functions=["f"]).start()
    assert isinstance(call, FunctionCall)
    with pytest.raises(MontyRuntimeError) as info:
        call.resume(return_value=1)
    assert info.value.type_name == "ZeroDivisionError"


def test_abandoned_runs_stop_their_thread() -> None:
    import threading

    before = threading.active_count()
    for _ in range(5):
        call = MontyRun("f()", external_functions=["f"]).start()
        assert isinstance(call, FunctionCall)
        del call
        gc.collect()
    time.sleep(0.3)
    # the sandbox threads went back to the pool instead of waiting forever
    assert threading.active_count() <= before + 4
