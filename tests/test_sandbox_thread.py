"""Runs happen on a pooled deep-stack thread, are watched between ticks, and clean up there."""

from __future__ import annotations

import contextvars
import gc
import signal
import subprocess
import sys
import threading
import time
import weakref
from typing import Any

import pytest
from heap_probe import freeze_report
from monty_interpreter.execute import watchdog
from monty_interpreter.execute.stack import (
    DEFAULT_STACK,
    MIN_STACK,
    on_sandbox_stack,
    stack_size_for,
)

from monty_agent import MontyRun, MontyRuntimeError, ResourceLimits
from monty_agent._convert import MAX_DEPTH

REQUEST_ID: contextvars.ContextVar[str] = contextvars.ContextVar("REQUEST_ID", default="none")


def test_external_functions_run_on_a_sandbox_thread_with_the_callers_context() -> None:
    seen: list[tuple[str, str]] = []

    def probe() -> None:
        seen.append((threading.current_thread().name, REQUEST_ID.get()))

    token = REQUEST_ID.set("req-42")
    try:
        MontyRun("probe()", external_functions=["probe"]).run(external_functions={"probe": probe})
    finally:
        REQUEST_ID.reset(token)
    assert seen[0][0].startswith("monty-sandbox-")
    assert seen[0][1] == "req-42"


def test_sandbox_threads_are_reused() -> None:
    idents: list[int] = []
    run = MontyRun("probe()", external_functions=["probe"])
    for _ in range(3):
        run.run(external_functions={"probe": lambda: idents.append(threading.get_ident())})
    assert len(set(idents)) == 1
    assert idents[0] != threading.get_ident()


def test_stack_size_grows_with_the_memory_budget() -> None:
    assert stack_size_for(None) == DEFAULT_STACK
    assert stack_size_for(10_000_000) == MIN_STACK
    assert stack_size_for(300_000_000) >= 600_000_000
    assert stack_size_for(10**15) == 8 * 1024**3


def test_errors_from_the_sandbox_thread_reach_the_caller_without_its_frames() -> None:
    def boom() -> None:
        raise ValueError("bad")

    with pytest.raises(ValueError, match="bad") as info:
        on_sandbox_stack(boom, MIN_STACK)
    # Only the caller's own frames: the sandbox thread's were dropped there.
    assert all(
        "stack.py" not in str(entry.path) or entry.name == "on_sandbox_stack"
        for entry in info.traceback
    )


def test_deep_chains_without_trashcan_are_freed_on_the_deep_stack() -> None:
    # A million nested slices overflow an 8 MiB stack when freed (CPython 3.11 crashes at
    # about 400,000); kept alive in a reference cycle so only the garbage collector can
    # free them.
    code = (
        "c = None\n"
        "for i in range(1_000_000):\n"
        "    c = slice(c)\n"
        "keep = [c]\n"
        "keep.append(keep)\n"
        "len(keep)"
    )
    assert MontyRun(code).run(limits=ResourceLimits(max_duration_secs=60)) == 2
    gc.collect()  # nothing of the run is left for the host's collector


def test_results_nested_deeper_than_the_limit_are_refused() -> None:
    code = "x = []\nfor i in range(n):\n    x = [x]\nx"
    run = MontyRun(code, inputs=["n"])
    assert run.run(inputs={"n": MAX_DEPTH - 1}) is not None
    with pytest.raises(MontyRuntimeError) as info:
        run.run(inputs={"n": MAX_DEPTH})
    assert info.value.type_name == "RecursionError"
    assert f"more than {MAX_DEPTH} levels" in info.value.message


def test_watchdog_stops_copies_between_ticks() -> None:
    code = "s = 'a' * 30_000_000\nkeep = [s.upper(), s.lower(), s[1:], s[:-1], s.upper(), s.lower(), s[2:], s[:-2]]"
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun(code).run(limits=ResourceLimits(max_memory=50_000_000, max_duration_secs=10))
    assert (info.value.type_name, info.value.limit) == ("MemoryError", True)


def test_watchdog_preemption_cannot_be_caught() -> None:
    code = (
        "s = 'a' * 20_000_000\n"
        "for i in range(3):\n"
        "    try:\n"
        "        keep = [s.upper(), s.lower(), s[1:], s[:-1], s.upper(), s.lower(), s[2:]]\n"
        "    except BaseException:\n"
        "        pass\n"
        "'escaped'"
    )
    with pytest.raises(MontyRuntimeError) as info:
        MontyRun(code).run(limits=ResourceLimits(max_memory=40_000_000, max_duration_secs=10))
    assert info.value.limit


def test_back_to_back_runs_find_the_watchdog_awake(monkeypatch: pytest.MonkeyPatch) -> None:
    # waking the sleeping watchdog costs a run a hand-off between threads: runs that follow
    # each other closely find it still polling (it lingers `LINGER` seconds after a run)
    program = MontyRun("1 + 2")
    limits = ResourceLimits(max_duration_secs=10)
    program.run(limits=limits)
    wakes: list[None] = []
    wake = watchdog._work.set  # pyright: ignore[reportPrivateUsage]
    monkeypatch.setattr(watchdog._work, "set", lambda: (wakes.append(None), wake()))  # pyright: ignore[reportPrivateUsage]
    for _ in range(200):
        assert program.run(limits=limits) == 3
    assert wakes == []


_WATCHDOG_SLEEPS = """
import time
from monty_agent import MontyRun, ResourceLimits
from monty_interpreter.execute import watchdog

limits = ResourceLimits(max_duration_secs=10)
MontyRun("1 + 2").run(limits=limits)
deadline = time.monotonic() + watchdog.LINGER + 5
while not watchdog._idle:
    assert time.monotonic() < deadline, "the watchdog never went to sleep"
    time.sleep(0.01)
# the next run wakes it: it is watched from its first tick
probe = MontyRun("asleep()", external_functions=["asleep"])
print(probe.run(external_functions={"asleep": lambda: watchdog._idle}, limits=limits))
"""


def test_the_watchdog_sleeps_once_runs_stop_and_wakes_for_the_next() -> None:
    # in a process of its own: here, a run another test left waiting keeps it awake
    proc = subprocess.run(
        [sys.executable, "-c", _WATCHDOG_SLEEPS], capture_output=True, text=True, check=True
    )
    assert proc.stdout == "False\n"


def test_finalizers_after_the_run_stay_silent(capsys: pytest.CaptureFixture[str]) -> None:
    unraisable: list[Any] = []
    old_hook = sys.unraisablehook
    sys.unraisablehook = unraisable.append
    try:
        code = (
            "def worker():\n"
            "    try:\n"
            "        yield 1\n"
            "    except GeneratorExit:\n"
            "        while True:\n"
            "            pass\n"
            "    finally:\n"
            "        while True:\n"
            "            pass\n"
            "kept = worker()\n"
            "next(kept)"
        )
        start = time.perf_counter()
        assert MontyRun(code).run() == 1
        gc.collect()
        assert time.perf_counter() - start < 5
    finally:
        sys.unraisablehook = old_hook
    assert unraisable == []
    assert capsys.readouterr() == ("", "")


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")
def test_interrupting_the_caller_stops_the_run() -> None:
    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    start = time.perf_counter()
    try:
        with pytest.raises(KeyboardInterrupt):
            MontyRun("while True:\n    pass").run()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    assert time.perf_counter() - start < 5
    # the pool still works afterwards
    assert MontyRun("1 + 1").run() == 2


def test_sandbox_warnings_never_reach_the_hosts_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    code = (
        "import warnings\n"
        "x = '\\\\d' if 1 is 1 else ''\n"  # DeprecationWarning and SyntaxWarning when compiled
        "async def never():\n"
        "    pass\n"
        "never()\n"  # RuntimeWarning: coroutine 'never' was never awaited
        "warnings.warn('from the sandbox')\n"
        "x"
    )
    assert MontyRun(code).run() == "\\d"
    gc.collect()
    assert capfd.readouterr() == ("", "")


def test_the_hosts_own_warnings_are_still_shown() -> None:
    script = (
        "import warnings\n"
        "from monty_agent import MontyRun\n"
        "MontyRun('async def f():\\n    pass\\nf()\\nNone').run()\n"
        "async def host_coroutine():\n"
        "    pass\n"
        "host_coroutine()\n"
        "warnings.warn('the host warns')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert "the host warns" in proc.stderr
    assert "coroutine 'host_coroutine' was never awaited" in proc.stderr
    assert "'f'" not in proc.stderr


def test_the_hosts_heap_is_frozen_only_while_sandbox_code_executes() -> None:
    """Collections during a run (and the one at its end) skip the host's objects; waiting
    for the host, and after the run, nothing of the host stays frozen."""
    assert gc.get_freeze_count() == 0, freeze_report()
    assert on_sandbox_stack(gc.get_freeze_count, MIN_STACK) > 0
    assert gc.get_freeze_count() == 0, freeze_report()
    seen: list[int] = []
    reports: list[str] = []

    def probe() -> None:
        seen.append(gc.get_freeze_count())
        reports.append(freeze_report())

    MontyRun("probe()", external_functions=["probe"]).run(external_functions={"probe": probe})
    assert seen == [0], reports[0]  # a host function runs thawed
    assert gc.get_freeze_count() == 0
    paused = MontyRun("greet() + '!'", external_functions=["greet"]).start()
    assert gc.get_freeze_count() == 0  # a paused run waits for its host
    assert paused.resume(return_value="hi").output == "hi!"  # type: ignore[union-attr]
    assert gc.get_freeze_count() == 0


def test_host_garbage_made_before_a_run_is_still_collected() -> None:
    class Node:
        pass

    node = Node()
    node.self = node  # type: ignore[attr-defined]
    alive = weakref.ref(node)
    del node
    assert MontyRun("[[i] for i in range(20_000)][-1]").run() == [19_999]
    gc.collect()
    assert alive() is None


def test_a_host_that_froze_objects_keeps_them_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert MontyRun("len([[i] for i in range(20_000)])").run() == 20_000
        # Frozen objects the run let go of leave the count; a thaw would empty it.
        assert 0 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()


_GROWTH_PROBE = """
import asyncio, gc
import anyio
import monty_agent as ma

program = ma.MontyRun("class A:\\n    pass\\n[A() for _ in range(3)]\\n1 + 2")


async def growth(run, count):
    for _ in range(100):
        await run()
    before = len(gc.get_objects())
    for _ in range(count):
        await run()
    return (len(gc.get_objects()) - before) / count


async def sync_run():
    return program.run()


async def main():
    print(await growth(sync_run, 1000), await growth(program.run_async, 1000))


async def under_trio():
    print(await growth(program.run_async, 500))


asyncio.run(main())
anyio.run(under_trio, backend="trio")
"""


def test_runs_in_a_host_that_does_nothing_else_leave_no_garbage_behind() -> None:
    """Each run leaves cyclic garbage (its runtime, the classes it defined, the driver of an
    async run). Freezing the heap at each run start once made it old unseen, so a host doing
    little but runs grew by about 50 objects a run, for ever: what the last run left is now
    collected first, and the async drivers' cycles (asyncio's and trio's) are broken when
    their run ends. (Runs that wait for a tool still leave their runtime old: see
    docs/performance.md.)"""
    out = subprocess.run(
        [sys.executable, "-c", _GROWTH_PROBE], capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr
    sync_growth, async_growth, trio_growth = (float(x) for x in out.stdout.split())
    assert sync_growth < 1, out.stdout
    assert async_growth < 1, out.stdout
    assert trio_growth < 1, out.stdout
