"""Snapshots: paused runs as plain-data bytes that continue in another process."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from monty_agent import (
    Complete,
    FunctionCall,
    FutureBatch,
    MontyError,
    MontyObject,
    MontyRun,
    ResourceLimits,
    load_progress,
)
from monty_agent._snapshot import decode_value, encode_value

CODE = """
def total(items):
    out = 0
    for item in items:
        out += price(item)
    return out
print('start')
t = total(['apple', 'pear', 'fig'])
print('total', t)
t * 2
"""


def test_a_paused_run_continues_in_another_process() -> None:
    run = MontyRun(CODE, external_functions=["price"])
    printed: list[str] = []
    call = run.start(print_callback=lambda stream, text: printed.append(text))
    assert isinstance(call, FunctionCall)
    call = call.resume(return_value=3)
    assert isinstance(call, FunctionCall) and call.args == ("pear",)
    blob = call.dump()
    assert json.loads(blob)["version"] == 1  # plain, versioned data
    script = (
        "import sys\n"
        "from monty_agent import load_progress\n"
        "lines = []\n"
        "call = load_progress(sys.stdin.buffer.read(), print_callback=lambda s, t: lines.append(t))\n"
        "assert call.args == ('pear',), call\n"
        "call = call.resume(return_value=4)\n"
        "assert call.args == ('fig',), call\n"
        "done = call.resume(return_value=5)\n"
        "print(repr(done.output), repr(''.join(lines)))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], input=blob, capture_output=True, check=True
    )
    assert proc.stdout.decode().strip() == "24 'total 12\\n'"  # 'start' is not printed again
    assert printed == ["start\n"]


def test_future_batches_dump_and_load_with_partial_answers() -> None:
    code = "import asyncio\nr = await asyncio.gather(get(1), get(2), get(3))\nr"
    batch = MontyRun(code, async_functions=["get"]).start()
    assert isinstance(batch, FutureBatch)
    ids = [c.call_id for c in batch.calls]
    batch = batch.resume({ids[0]: ("one", b"\x00", {1, 2})})
    assert isinstance(batch, FutureBatch)
    loaded = load_progress(batch.dump())
    assert isinstance(loaded, FutureBatch)
    assert [c.call_id for c in loaded.calls] == ids[1:]
    done = loaded.resume({ids[1]: 2.5, ids[2]: None})
    assert done == Complete([("one", b"\x00", {1, 2}), 2.5, None])


def test_errors_in_the_journal_replay() -> None:
    code = "try:\n    f()\nexcept KeyError as e:\n    r = repr(e)\nr + g()"
    call = MontyRun(code, external_functions=["f", "g"]).start()
    assert isinstance(call, FunctionCall)
    call = call.resume(exception=KeyError("k"))
    assert isinstance(call, FunctionCall) and call.function_name == "g"
    loaded = load_progress(call.dump())
    assert isinstance(loaded, FunctionCall)
    assert loaded.resume(return_value="!") == Complete("KeyError('k')!")


def test_limits_and_inputs_travel_with_the_snapshot() -> None:
    run = MontyRun("x = f(n)\nwhile True:\n    pass", inputs=["n"], external_functions=["f"])
    call = run.start(inputs={"n": 7}, limits=ResourceLimits(max_duration_secs=0.2))
    assert isinstance(call, FunctionCall)
    loaded = load_progress(call.dump())
    assert isinstance(loaded, FunctionCall) and loaded.args == (7,)
    from monty_agent import MontyRuntimeError

    with pytest.raises(MontyRuntimeError) as info:
        loaded.resume(return_value=1)
    assert info.value.type_name == "TimeoutError"


def test_a_changed_program_fails_loudly() -> None:
    call = MontyRun("f(1) + f(2)", external_functions=["f"]).start()
    assert isinstance(call, FunctionCall)
    call = call.resume(return_value=1)
    assert isinstance(call, FunctionCall)
    data = json.loads(call.dump())
    data["run"]["code"] = "f(10) + f(2)"
    with pytest.raises(MontyError, match="does not match the program at turn 1"):
        load_progress(json.dumps(data).encode())


@pytest.mark.parametrize(
    ("blob", "message"),
    [
        (b"", "damaged or truncated"),
        (
            b'{"format": "monty-agent-snapshot", "version": 1, "kind": "progress"',
            "damaged or truncated",
        ),
        (b"[1, 2]", "not a monty-agent snapshot"),
        (b'{"format": "monty-agent-snapshot", "version": 99}', "unsupported snapshot version 99"),
        (
            b'{"format": "monty-agent-snapshot", "version": 1, "kind": "progress"}',
            "invalid snapshot at run",
        ),
        (b"\x80\x04\x95pickle", "damaged or truncated"),
    ],
)
def test_damaged_snapshots_raise_a_clear_error(blob: bytes, message: str) -> None:
    with pytest.raises(MontyError, match=message):
        load_progress(blob)


def test_tampered_values_raise_a_clear_error() -> None:
    call = MontyRun("f()", external_functions=["f"]).start()
    assert isinstance(call, FunctionCall)
    data = json.loads(call.dump())
    data["inputs"] = {"$evil": "os.system"}
    with pytest.raises(MontyError, match="unknown value encoding"):
        load_progress(json.dumps(data).encode())


def test_programs_dump_and_load() -> None:
    run = MontyRun("x + 1", inputs=["x"])
    again = MontyRun.load(run.dump())
    assert again.run(inputs={"x": 41}) == 42
    with pytest.raises(MontyError, match="holds a program"):
        load_progress(run.dump())


def test_values_round_trip() -> None:
    value = {
        "t": (1, "a"),
        3: [b"\xff", frozenset({1}), {2}],
        "r": MontyObject("Point", {"x": 1, "y": (2,)}),
        "f": [math.inf, -0.0, 1e300],
        "c": 1 + 2j,
    }
    back = decode_value(json.loads(json.dumps(encode_value(value))))
    assert back == value
    nan = decode_value(json.loads(json.dumps(encode_value(math.nan))))
    assert math.isnan(nan)


def test_a_paused_run_replays_its_clock_and_randomness() -> None:
    code = (
        "import random, time, uuid\n"
        "x = random.random()\n"
        "t = time.time()\n"
        "u = str(uuid.uuid4())\n"
        "y = f()\n"
        "(x, t, u, y, random.random())"
    )
    paused = MontyRun(code, external_functions=["f"]).start()
    assert isinstance(paused, FunctionCall)
    data = paused.dump()
    live = paused.resume(return_value=1)
    replayed = load_progress(data).resume(return_value=1)
    assert isinstance(live, Complete) and isinstance(replayed, Complete)
    assert replayed.output == live.output
    snapshot = json.loads(data)
    snapshot["readings"] = snapshot["readings"][1:]  # lost the seed: the run reads differently
    with pytest.raises(MontyError, match="does not match the program"):
        load_progress(json.dumps(snapshot).encode())
