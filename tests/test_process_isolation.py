"""`isolation='process'`: runs in locked-down worker processes of a warm pool.

The same API behaves the same in both modes (the parity tests run over both); the rest is
about what only a worker process gives: crash containment (SIGKILL, memory bombs, C-level
hangs, protocol garbage), the pool under load, snapshots that cross modes, the seccomp
lockdown (a simulated escape inside a worker) and the worker's clean environment.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest
from heap_probe import freeze_report

import monty_agent as ma
from monty_agent._process.pool import WorkerProcess, worker_environment
from monty_agent._process.protocol import Escaped, pack

pytestmark = pytest.mark.anyio

MODES = ("in-process", "process")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def pool() -> Iterator[ma.WorkerPool]:
    """A pool of two workers shared by the tests of this module."""
    shared = ma.WorkerPool(size=2)
    yield shared
    shared.close()


@pytest.fixture
async def hooked() -> AsyncIterator[ma.WorkerPool]:
    """A pool whose worker accepts the test-only hooks (`escape`, `crash`, `garbage`)."""
    pool = ma.WorkerPool(size=1, _test_config={"test_hooks": True})
    yield pool
    pool.close()


# -- the same results in both modes --------------------------------------------------------


async def fetch(url: str) -> str:
    """An async tool."""
    await anyio.sleep(0.01)
    return f"<html>{url}</html>"


def add(a: int, b: int) -> int:
    """A sync tool."""
    return a + b


PROGRAMS = [
    "1 + 2",
    "[1, (2, 3.5), {'a': b'x', 2: None}, {1, 2}, frozenset({3}), 1j, 10**100, float('nan') != 0]",
    "import datetime, decimal, fractions, uuid\n"
    "(datetime.datetime(2024, 1, 2, 3, 4, tzinfo=datetime.timezone.utc), datetime.date(2024, 1, 2),"
    " datetime.timedelta(seconds=5), decimal.Decimal('1.25'), fractions.Fraction(1, 3), range(3),"
    " uuid.UUID(int=5))",
    "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\nP(3)",
    "a = [1]\nb = [a, a]\nb",
    "a = []\na.append(a)\nlen(a)",
    "'\\ud800 lone surrogate'",
    "print('hi')\nprint('there', end='')",
    "for i in range(2000):\n    print(i)",
    "import asyncio\nxs = await asyncio.gather(*[fetch(str(i)) for i in range(3)])\n(add(1, 2), xs)",
    "try:\n    add('x', 1)\nexcept TypeError as e:\n    r = str(e)\nr",
]


@pytest.mark.parametrize("code", PROGRAMS)
async def test_same_results_in_both_modes(code: str, pool: ma.WorkerPool) -> None:
    results = []
    for mode in MODES:
        result = await ma.run(code, tools=[fetch, add], isolation=mode, pool=pool)
        results.append(
            (result.output, result.stdout, [(c.name, c.args) for c in result.tool_calls])
        )
    assert results[0] == results[1]


ERRORS = [
    "def f():\n    raise ValueError('bad')\ntry:\n    f()\nexcept ValueError as e:\n    raise KeyError('k') from e",
    "1 / 0",
    "x = 'a' * 10",
    "add('x', 2)",
    "while True:\n    pass",
    "def r(n):\n    return r(n + 1)\nr(0)",
]


@pytest.mark.parametrize("code", ERRORS)
async def test_same_errors_in_both_modes(code: str, pool: ma.WorkerPool) -> None:
    errors = []
    for mode in MODES:
        with pytest.raises(ma.MontyRuntimeError) as info:
            await ma.run(
                code + ("\nraise RuntimeError('end')" if "'a' * 10" in code else ""),
                tools=[add],
                isolation=mode,
                pool=pool,
                limits={"max_duration_secs": 0.3},
            )
        e = info.value
        shown = e.display()
        if e.type_name == "RecursionError":
            # how deep the recursion got, and which line of the function raised, depend on
            # what else the thread's stack holds (a tracer such as coverage's, in-process):
            # compare where it started and the error
            lines = shown.splitlines()
            shown = "\n".join(lines[:3] + lines[-1:])
        errors.append((e.type_name, e.message, e.limit, shown, [c.name for c in e.tool_calls]))
    assert errors[0] == errors[1]


async def test_syntax_and_argument_errors(pool: ma.WorkerPool) -> None:
    with pytest.raises(ma.MontySyntaxError):
        await ma.run("def (", isolation="process", pool=pool)
    run = ma.MontyRun("x", inputs=["x"])
    for mode in MODES:
        with pytest.raises(TypeError, match="missing inputs: x"):
            await run.run_async(isolation=mode, pool=pool)
    with pytest.raises(ValueError, match="isolation must be"):
        ma.Sandbox(isolation="thread")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a tracker"):
        await run.run_async(inputs={"x": 1}, limits=ma.LimitTracker(), isolation="process")


async def test_print_callback_and_external_functions(pool: ma.WorkerPool) -> None:
    run = ma.MontyRun(
        "print(twice(x))\nawait later(x)",
        inputs=["x"],
        external_functions=["twice"],
        async_functions=["later"],
    )

    async def later(x: int) -> int:
        return x + 1

    outcomes = []
    for mode in MODES:
        seen: list[tuple[str, str]] = []
        out = await run.run_async(
            inputs={"x": 4},
            external_functions={"twice": lambda x: x * 2, "later": later},
            print_callback=lambda stream, text: seen.append((stream, text)),  # noqa: B023
            isolation=mode,  # type: ignore[arg-type]
            pool=pool,
        )
        outcomes.append((out, seen))
    assert outcomes[0] == outcomes[1] == (5, [("stdout", "8\n")])


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_process_runs_under_trio(pool: ma.WorkerPool) -> None:
    result = await ma.run("await fetch('t')", tools=[fetch], isolation="process", pool=pool)
    assert result.output == "<html>t</html>"


async def test_cancelling_a_run_stops_its_worker_run(pool: ma.WorkerPool) -> None:
    with anyio.move_on_after(0.3):
        await ma.run("while True:\n    pass", isolation="process", pool=pool)
    assert (await ma.run("2", isolation="process", pool=pool)).output == 2


# -- sessions and snapshots ------------------------------------------------------------------


async def test_every_run_on_a_worker_starts_from_fresh_state() -> None:
    """A worker makes the next run's runtime ahead, while the host reads a result: that
    runtime is as fresh as one made at the start of the run. Nothing a run defines or
    shadows, as a global or a builtin, reaches the next one (on the same single worker),
    through a change of program or script name, or a session snippet in between."""
    pool = ma.WorkerPool(size=1)
    try:
        setter = ma.MontyRun("x = 41\nlen = lambda v: 99\nprint = None\nx + 1")
        probe = "try:\n    x\n    seen = True\nexcept NameError:\n    seen = False\n"
        reader = ma.MontyRun(probe + "print('ok', end='')\n(len([1, 2]), seen)")
        other = ma.MontyRun(probe + "(len([1]), seen)", script_name="other.py")
        for _ in range(3):
            assert await setter.run_async(isolation="process", pool=pool) == 42
            assert await reader.run_async(isolation="process", pool=pool) == (2, False)
            assert await setter.run_async(isolation="process", pool=pool) == 42
            assert await other.run_async(isolation="process", pool=pool) == (1, False)
            async with ma.MontySession(isolation="process", pool=pool) as session:
                await session.run("x = 5")
                assert await session.run("x") == 5
            assert await reader.run_async(isolation="process", pool=pool) == (2, False)
    finally:
        pool.close()


async def test_session_pins_a_worker_and_keeps_state(pool: ma.WorkerPool) -> None:
    sandbox = ma.Sandbox(tools=[add], isolation="process", pool=pool)
    async with sandbox.session() as session:
        await session.run("x = add(1, 2)\ndef f(y):\n    return x * y")
        with pytest.raises(ma.MontyRuntimeError):
            await session.run("x = 100\n1 / 0")
        assert (await session.run("f(2)")).output == 6
        with pytest.raises(ma.MontyError, match="runs snippets with run"):
            session._session.run_sync("1")  # pyright: ignore[reportPrivateUsage]


@pytest.mark.parametrize(
    ("first", "second"), [("process", "in-process"), ("in-process", "process")]
)
async def test_session_snapshots_load_in_the_other_mode(
    first: str, second: str, pool: ma.WorkerPool
) -> None:
    code = "import uuid, time\nr = str(uuid.uuid4())\nt = time.time()\nn = add(2, 3)"
    async with ma.Sandbox(tools=[add], isolation=first, pool=pool).session() as session:  # type: ignore[arg-type]
        await session.run(code)
        before = (await session.run("(r, t, n)")).output
        data = session.dump()
    calls: list[int] = []

    def counted(a: int, b: int) -> int:
        calls.append(1)
        return a + b

    counted.__name__ = "add"
    other = ma.Sandbox(tools=[ma.Tool(counted, name="add")], isolation=second, pool=pool)  # type: ignore[arg-type]
    loaded = other.load_session(data)
    assert (await loaded.run("(r, t, n)")).output == before
    assert calls == []
    again = other.load_session(loaded.dump())
    assert (await again.run("n * 2")).output == 10
    loaded.close()
    again.close()


async def test_a_session_snapshot_that_does_not_match_fails_in_the_worker(
    pool: ma.WorkerPool,
) -> None:
    async with ma.MontySession(external_functions={"f": lambda: 1}) as session:
        await session.run("x = f()")
        data = session.dump()
    loaded = ma.MontySession.load(
        data, external_functions={"f": lambda: 1}, isolation="process", pool=pool
    )
    assert loaded.snippets == ["x = f()"]
    assert (await loaded.run("x + 1")) == 2
    tampered = data.replace(b"x = f()", b"x = 2")
    bad = ma.MontySession.load(
        tampered, external_functions={"f": lambda: 1}, isolation="process", pool=pool
    )
    assert bad.dump()  # not replayed yet: the snapshot as loaded
    with pytest.raises(ma.MontyError, match="does not match"):
        await bad.run("x")


# -- crashes ---------------------------------------------------------------------------------


def _busy_pid(pool: ma.WorkerPool) -> int:
    """The pid of the single worker of a pool of one."""
    return pool._idle[0].pid  # pyright: ignore[reportPrivateUsage]


async def test_sigkill_mid_run_fails_only_that_run() -> None:
    pool = ma.WorkerPool(size=1)
    try:
        await pool.warm()
        pid = _busy_pid(pool)

        async def kill_soon() -> None:
            await anyio.sleep(0.3)
            os.kill(pid, signal.SIGKILL)

        async with anyio.create_task_group() as tg:
            tg.start_soon(kill_soon)
            with pytest.raises(ma.MontyCrashedError, match="SIGKILL"):
                await ma.run("while True:\n    pass", isolation="process", pool=pool)
        assert (await ma.run("1 + 1", isolation="process", pool=pool)).output == 2
        assert _busy_pid(pool) != pid
    finally:
        pool.close()


async def test_a_killed_worker_loses_its_session() -> None:
    pool = ma.WorkerPool(size=1)
    try:
        session = ma.MontySession(isolation="process", pool=pool)
        await session.run("x = 1")
        assert session._worker is not None  # pyright: ignore[reportPrivateUsage]
        os.kill(session._worker.pid, signal.SIGKILL)  # pyright: ignore[reportPrivateUsage]
        with pytest.raises(ma.MontyCrashedError):
            await session.run("x")
        with pytest.raises(ma.MontyError, match="state is lost"):
            await session.run("x")
        with pytest.raises(ma.MontyError, match="cannot be dumped"):
            session.dump()
        session.close()
        assert (await ma.run("3", isolation="process", pool=pool)).output == 3
    finally:
        pool.close()


async def test_memory_bomb_fails_the_run_not_the_host() -> None:
    pool = ma.WorkerPool(size=1, max_address_space=1536 * 1024**2)
    try:
        with pytest.raises((ma.MontyRuntimeError, ma.MontyCrashedError)) as info:
            await ma.run(
                "x = []\nwhile True:\n    x.append(bytearray(10**7))",
                isolation="process",
                pool=pool,
                limits={"max_memory": None, "max_duration_secs": 20},
            )
        if isinstance(info.value, ma.MontyRuntimeError):
            assert info.value.type_name == "MemoryError"
        assert (await ma.run("'still here'", isolation="process", pool=pool)).output == "still here"
    finally:
        pool.close()


DAG_COMPARE = (
    Path(__file__).parent / "security/attacks/exhaustion/eq_dag_exponential.py"
).read_text()


async def test_a_c_level_hang_is_killed_at_the_time_limit(pool: ma.WorkerPool) -> None:
    start = time.monotonic()
    with pytest.raises(ma.MontyRuntimeError) as info:
        await ma.run(DAG_COMPARE, isolation="process", pool=pool, limits={"max_duration_secs": 0.5})
    assert info.value.type_name == "TimeoutError" and info.value.limit
    assert time.monotonic() - start < 1.0
    assert (await ma.run("1", isolation="process", pool=pool)).output == 1


async def test_a_worker_crash_is_contained(hooked: ma.WorkerPool) -> None:
    async with hooked.worker() as worker:
        worker.send({"op": "crash"})
        with pytest.raises(ma.MontyCrashedError, match="SIGABRT"):
            await ma.MontyRun("1").run_async(isolation="process", pool=_Pinned(worker))
    assert (await ma.run("5", isolation="process", pool=hooked)).output == 5


class _Pinned(ma.WorkerPool):
    """A pool that hands out one given worker (and does not take it back)."""

    def __init__(self, worker: WorkerProcess) -> None:
        super().__init__(size=1)
        self.given = worker

    async def checkout(self) -> WorkerProcess:
        return self.given

    def checkin(self, worker: WorkerProcess) -> None:
        pass


GARBAGE = {
    "not json": b"\x00\x00\x00\x05hello",
    "unknown op": pack({"op": "launch", "x": 1}),
    "bad field": pack({"op": "wait", "timeout": "soon"}),
    "oversized": b"\x7f\xff\xff\xff",
    "truncated": b"\x00\x00\x01\x00{}",
    "unknown function": pack(
        {"op": "call", "call": {"id": 1, "name": "os_system", "payload": None}}
    ),
    "bad value": pack({"op": "done", "ok": True, "value": {"$nope": 1}}),
    "bad arguments": pack({"op": "call", "call": {"id": 1, "name": "add", "payload": [1]}}),
    "unprepared": pack({"op": "call", "call": {"id": 1, "name": "add", "prepared": 7}}),
    "failed without error": pack({"op": "done", "ok": False}),
    "second ready": pack({"op": "ready", "version": 1, "pid": 1, "lockdown": "x"}),
}


def _fake_worker(data: bytes, *, then_exit: bool = False) -> WorkerProcess:
    """A process that writes `data` to the host as a worker would, then waits (or exits)."""
    to_r, to_w = os.pipe()
    from_r, from_w = os.pipe()
    script = f"import os, time\nos.write(1, bytes.fromhex({data.hex()!r}))\n"
    script += "os._exit(0)" if then_exit else "time.sleep(30)"
    popen = subprocess.Popen(
        [sys.executable, "-c", script], stdin=to_r, stdout=from_w, env=worker_environment()
    )
    os.close(to_r)
    os.close(from_w)
    control_r, control_w = os.pipe()
    os.close(control_r)
    return WorkerProcess(popen, to_w, from_r, control_w)


@pytest.mark.parametrize("name", list(GARBAGE))
async def test_protocol_garbage_fails_the_run_and_kills_the_worker(name: str) -> None:
    worker = _fake_worker(GARBAGE[name], then_exit=name == "truncated")
    expected = "exited with status 0" if name == "truncated" else "garbage|oversized"
    with pytest.raises(ma.MontyCrashedError, match=expected):
        await ma.run("1", tools=[add], isolation="process", pool=_Pinned(worker))
    assert worker.popen.poll() is not None


@pytest.mark.parametrize(
    ("sent", "inputs"),
    [
        # half a frame, then nothing: the host waits for the rest on the loop
        (b"\x00\x00\x01\x00{}", {}),
        # nothing, and it reads nothing: the run's frame, more than a pipe holds, waits
        (b"", {"x": "a" * 1_000_000}),
    ],
    ids=["stalls mid-frame", "stops reading"],
)
async def test_a_stalled_worker_never_blocks_the_event_loop(
    sent: bytes, inputs: dict[str, Any]
) -> None:
    # until the run's time is up, and the loop's other tasks run meanwhile
    worker = _fake_worker(sent)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.get_running_loop().create_task(ticker())
    try:
        with pytest.raises(ma.MontyRuntimeError) as info:
            await ma.run(
                "1",
                inputs=inputs,
                isolation="process",
                pool=_Pinned(worker),
                limits=ma.ResourceLimits(max_duration_secs=0.5),
            )
    finally:
        task.cancel()
    assert (info.value.type_name, info.value.limit) == ("TimeoutError", True)
    assert ticks >= 10  # 0.5 s of 10 ms ticks (a blocked loop ticks once, after the run)
    assert worker.popen.wait(5) is not None  # killed


# -- the pool --------------------------------------------------------------------------------


async def test_a_hundred_concurrent_runs_on_a_pool_of_two(pool: ma.WorkerPool) -> None:
    sandbox = ma.Sandbox(tools=[fetch], isolation="process", pool=pool)

    async def one(i: int) -> Any:
        return (await sandbox.run("len(await fetch(str(n))) + n", inputs={"n": i})).output

    results = await asyncio.gather(*[one(i) for i in range(100)])
    assert results == [len(f"<html>{i}</html>") + i for i in range(100)]
    assert pool._count <= 2  # pyright: ignore[reportPrivateUsage]


async def test_a_closed_pool_refuses_runs() -> None:
    pool = ma.WorkerPool(size=1)
    pool.close()
    with pytest.raises(ma.MontyError, match="closed"):
        await ma.run("1", isolation="process", pool=pool)


async def test_a_worker_that_cannot_lock_down_never_serves() -> None:
    pool = ma.WorkerPool(size=1, _test_config={"test_hooks": True, "fail_lockdown": True})
    try:
        with pytest.raises(ma.MontyError, match="refused to serve: could not lock"):
            await ma.run("1", isolation="process", pool=pool)
    finally:
        pool.close()


# -- lockdown and environment ----------------------------------------------------------------


async def test_a_simulated_escape_inside_a_worker_reaches_nothing(
    hooked: ma.WorkerPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Host Python running inside a locked-down worker (as an interpreter escape would) can
    open no file, create no socket, start no program or process and signal no other process;
    threads still work."""
    async with hooked.worker() as worker:
        worker.send({"op": "escape"})
        message = await anyio.to_thread.run_sync(worker.receive, time.monotonic() + 30)
    assert isinstance(message, Escaped)
    results = message.results
    assert worker.lockdown == "seccomp"
    for name in (
        "open_read",
        "open_write",
        "socket",
        "socketpair",
        "subprocess",
        "fork",
        "exec",
        "kill_parent",
        "unlink",
    ):
        assert results[name].startswith("blocked: PermissionError"), (name, results[name])
    assert results["thread"] == "allowed"
    assert not Path("/tmp/monty-escape-probe").exists()
    assert results["rlimit_as"] == str(4 * 1024**3)
    if os.getuid() == 0:
        assert results["uid"] == "65534"


async def _worker_objects(pool: ma.WorkerPool) -> int:
    """How many objects the garbage collector tracks in the pool's (only) worker."""
    async with pool.worker() as worker:
        worker.send({"op": "escape"})
        message = await anyio.to_thread.run_sync(worker.receive, time.monotonic() + 30)
    assert isinstance(message, Escaped)
    return int(message.results["gc_objects"])


async def test_a_worker_frees_what_its_runs_leave(hooked: ma.WorkerPool) -> None:
    """Every run leaves cyclic garbage (its runtime is a cycle, so is a class a program
    defines), with or without tool calls: a worker collects it as it goes, so runs do not
    pile objects up. (A worker froze its start-up objects only: it once froze every run's
    garbage too, which then was never collected, 41 objects and more per run.)"""
    program = ma.MontyRun("class A:\n    pass\n[A() for _ in range(3)]\n1 + 2")
    tool_program = ma.MontyRun("class B:\n    pass\nawait fetch('x')", async_functions=["fetch"])

    async def runs(count: int) -> None:
        for _ in range(count):
            assert await program.run_async(isolation="process", pool=hooked) == 3
        for _ in range(count // 10):
            await tool_program.run_async(
                external_functions={"fetch": fetch}, isolation="process", pool=hooked
            )

    await runs(100)
    before = await _worker_objects(hooked)
    await runs(1000)
    after = await _worker_objects(hooked)
    assert after - before < 2000, (before, after)


async def test_workers_have_a_clean_environment_and_a_fixed_hash_seed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MONTY_HOST_SECRET", "hunter2")
    hashes = []
    for _ in range(2):
        pool = ma.WorkerPool(size=1, _test_config={"test_hooks": True})
        try:
            async with pool.worker() as worker:
                worker.send({"op": "escape"})
                message = await anyio.to_thread.run_sync(worker.receive, time.monotonic() + 30)
            assert isinstance(message, Escaped)
            assert set(message.results["environ"].split(",")) == set(worker_environment())
            hashes.append(message.results["hash"])
            hashes.append((await ma.run("hash('abc')", isolation="process", pool=pool)).output)
        finally:
            pool.close()
    assert hashes[0] == hashes[2] and hashes[1] == hashes[3]


async def test_the_hosts_heap_stays_thawed_during_a_process_run(pool: ma.WorkerPool) -> None:
    """No sandbox code executes in the host during a process run: nothing stays frozen."""
    import gc

    seen: list[int] = []

    reports: list[str] = []

    def probe() -> int:
        seen.append(gc.get_freeze_count())
        reports.append(freeze_report())
        return 1

    await ma.run("probe()", external_functions={"probe": probe}, isolation="process", pool=pool)
    assert seen == [0], reports[0]


async def test_a_chatty_run_still_ends_at_its_time_limit(pool: ma.WorkerPool) -> None:
    """A run that keeps asking its host (clock readings, waits) gets the time limit as its
    answer once it is over it."""
    start = time.monotonic()
    with pytest.raises(ma.MontyRuntimeError) as info:
        await ma.run(
            "import time\nwhile True:\n    time.monotonic()",
            isolation="process",
            pool=pool,
            limits={"max_duration_secs": 0.3},
        )
    assert info.value.type_name == "TimeoutError"
    assert time.monotonic() - start < 1.0


# -- the worker's side, served on a thread of this process ------------------------------------


@pytest.fixture
def thread_worker() -> Iterator[WorkerProcess]:
    """The worker's main loop (`worker.serve`) on a thread of the test process with a
    sandbox-deep stack, and its interrupt watcher on another, behind the same pipes and
    protocol as a worker process (not locked down: this is the test process). A sleeping
    child stands in for the process the host would kill."""
    import threading

    from monty_interpreter.execute.stack import stack_size_for, start_thread

    from monty_agent._process.worker import Channel, Worker, serve, watch_interrupts

    to_r, to_w = os.pipe()
    from_r, from_w = os.pipe()
    control_r, control_w = os.pipe()
    stack = stack_size_for(None)
    served = Worker(Channel(from_w), test_hooks=False, limit_cpu=False, stack=stack)
    thread = start_thread(lambda: serve(to_r, served), stack, name="test-worker")
    watcher = threading.Thread(target=watch_interrupts, args=(control_r, served), daemon=True)
    watcher.start()
    worker = WorkerProcess(subprocess.Popen(["sleep", "600"]), to_w, from_r, control_w)
    yield worker
    worker.close()
    thread.join(5)
    watcher.join(5)
    for fd in (to_r, from_w, control_r):
        os.close(fd)
    # A run the test abandoned may still be finishing on this process's sandbox thread: wait
    # for it, so that later tests find no sandbox code executing (and the heap thawed).
    from monty_interpreter.execute import heap

    deadline = time.monotonic() + 30
    while heap._executing and time.monotonic() < deadline:  # pyright: ignore[reportPrivateUsage]
        time.sleep(0.01)


async def test_the_worker_loop_serves_runs_tools_and_sessions(thread_worker: WorkerProcess) -> None:
    pinned = _Pinned(thread_worker)
    printed: list[str] = []
    result = await ma.run(
        "import asyncio, uuid, time\n"
        "print('start')\n"
        "u = uuid.uuid4()\n"
        "t = time.time() > 0\n"
        "await asyncio.sleep(0.01)\n"
        "xs = await asyncio.gather(*[fetch(str(i)) for i in range(3)])\n"
        "try:\n    add('x', 1)\nexcept TypeError as e:\n    err = str(e)[:5]\n"
        "(add(1, 2), xs, t, err)",
        tools=[fetch, add],
        isolation="process",
        pool=pinned,
        print_callback=lambda stream, text: printed.append(text),
    )
    assert result.output == (
        3,
        ["<html>0</html>", "<html>1</html>", "<html>2</html>"],
        True,
        "add()",
    )
    assert printed == ["start\n"]
    with pytest.raises(ma.MontyRuntimeError) as info:
        await ma.run("def f():\n    1 / 0\nf()", isolation="process", pool=pinned)
    assert [f.function for f in info.value.frames] == ["<module>", "f"]
    with pytest.raises(ma.MontyRuntimeError, match="TimeoutError"):
        await ma.run(
            "while True:\n    pass",
            isolation="process",
            pool=pinned,
            limits={"max_duration_secs": 0.2},
        )
    with pytest.raises(TypeError, match="missing inputs"):
        await ma.MontyRun("x", inputs=["x"]).run_async(isolation="process", pool=pinned)
    with anyio.move_on_after(0.2):
        await ma.run(
            "while True:\n    pass",
            isolation="process",
            pool=pinned,
            limits={"max_duration_secs": 5},
        )
    async with ma.MontySession(
        isolation="process", pool=pinned, external_functions={"f": lambda: 4}
    ) as session:
        await session.run("x = f()")
        assert await session.run("x * 2") == 8
    assert (await ma.run("'after'", isolation="process", pool=pinned)).output == "after"


async def test_a_run_needing_a_deeper_stack_runs_on_a_sandbox_thread_of_the_worker(
    thread_worker: WorkerProcess,
) -> None:
    """A memory budget beyond what the serving thread's stack covers: the run executes on a
    sandbox thread with a deep enough stack, and the serving thread relays its replies."""
    pinned = _Pinned(thread_worker)
    big = {"max_memory": 2 * 1024**3}
    result = await ma.run(
        "xs = await fetch('a')\n(add(1, 2), xs)",
        tools=[fetch, add],
        isolation="process",
        pool=pinned,
        limits=big,
    )
    assert result.output == (3, "<html>a</html>")
    with anyio.move_on_after(0.2):
        await ma.run("while True:\n    pass", isolation="process", pool=pinned, limits=big)
    async with ma.MontySession(isolation="process", pool=pinned, limits=big) as session:
        await session.run("x = [1, 2]")
        assert await session.run("x * 2") == [1, 2, 1, 2]
    assert (await ma.run("'after'", isolation="process", pool=pinned)).output == "after"
