"""Waiting for a worker's output: `ReadWatch` keeps it registered with the event loop that
uses it, and `polled` looks for it between turns of the loop before the host waits."""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import threading
import time
from collections.abc import Generator

import anyio
import pytest

from monty_agent._process import host
from monty_agent._process.host import HOST_SPIN, polled
from monty_agent._process.polling import Poller
from monty_agent._process.protocol import FrameReader, pack
from monty_agent._process.readiness import ReadWatch


def _registered(loop: asyncio.AbstractEventLoop, fd: int) -> bool:
    selector = loop._selector  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
    try:
        selector.get_key(fd)  # pyright: ignore[reportUnknownMemberType]
    except KeyError:
        return False
    return True


def test_one_registration_serves_every_wait_on_a_loop(pipe: tuple[int, int]) -> None:
    r, w = pipe
    watch = ReadWatch(r)

    async def main() -> int:
        loop = asyncio.get_running_loop()
        added = 0
        add = loop.add_reader

        def counting(*args: object) -> None:
            nonlocal added
            added += 1
            add(*args)  # pyright: ignore[reportArgumentType]

        loop.add_reader = counting  # type: ignore[method-assign]
        for _ in range(50):
            loop.call_later(0.001, os.write, w, b"x")
            await watch.wait()
            assert os.read(r, 10) == b"x"
            await asyncio.sleep(0)  # the loop may see the pipe readable once more: no matter
        assert _registered(loop, r)
        assert watch.close()
        assert not _registered(loop, r)
        return added

    assert asyncio.run(main()) == 1


def test_an_unwatched_readable_pipe_is_dropped_not_spun_on(pipe: tuple[int, int]) -> None:
    """An idle worker that dies makes its pipe readable with nobody waiting: the loop
    drops the registration instead of calling it at every turn."""
    r, w = pipe
    watch = ReadWatch(r)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        loop.call_later(0.001, os.write, w, b"x")
        await watch.wait()
        os.read(r, 10)
        os.close(w)  # EOF: readable for good
        await asyncio.sleep(0.05)
        assert not _registered(loop, r)
        loop.call_soon(lambda: None)
        # waiting again re-registers, and sees the end of the stream
        await watch.wait()
        assert os.read(r, 10) == b""

    asyncio.run(main())


@contextlib.contextmanager
def _used_on_another_thread(
    watch: ReadWatch, pipe: tuple[int, int]
) -> Generator[asyncio.AbstractEventLoop]:
    """An event loop on another thread that has waited on `watch` once and keeps running
    until the block ends."""
    r, w = pipe
    ready = threading.Event()
    stop = threading.Event()
    other: list[asyncio.AbstractEventLoop] = []

    async def serve_elsewhere() -> None:
        other.append(asyncio.get_running_loop())
        os.write(w, b"a")
        await watch.wait()
        assert os.read(r, 10) == b"a"
        ready.set()
        while not stop.is_set():
            await asyncio.sleep(0.005)

    thread = threading.Thread(target=asyncio.run, args=(serve_elsewhere(),), daemon=True)
    thread.start()
    try:
        assert ready.wait(5)
        assert _registered(other[0], r)
        yield other[0]
    finally:
        stop.set()
        thread.join(5)


def test_a_worker_moves_between_loops_and_threads(pipe: tuple[int, int]) -> None:
    r, w = pipe
    watch = ReadWatch(r)
    with _used_on_another_thread(watch, pipe) as other:

        async def here() -> None:
            os.write(w, b"b")
            await watch.wait()  # moves the registration here; the other loop drops its own
            assert os.read(r, 10) == b"b"
            deadline = time.monotonic() + 5
            while _registered(other, r) and time.monotonic() < deadline:
                await asyncio.sleep(0.005)
            assert not _registered(other, r)
            assert _registered(asyncio.get_running_loop(), r)

        asyncio.run(here())
        # the loop that used it last is closed: closing the watch has nothing to wait for
        assert watch.close()


def test_closing_waits_for_another_threads_loop(pipe: tuple[int, int]) -> None:
    watch = ReadWatch(pipe[0])
    with _used_on_another_thread(watch, pipe) as other:
        assert watch.close()  # removed on the other loop's thread, then it returns
        assert not _registered(other, pipe[0])


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_under_trio_it_waits_with_anyio(pipe: tuple[int, int]) -> None:
    r, w = pipe
    watch = ReadWatch(r)
    async with anyio.create_task_group() as tg:
        tg.start_soon(watch.wait)
        await anyio.sleep(0.01)
        os.write(w, b"x")
    assert os.read(r, 10) == b"x"
    assert watch.close()


# -- polling before waiting (`host.polled`) ------------------------------------------------

BACKENDS = pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])


@pytest.fixture(autouse=True)
def fresh_poller(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test polls as a host that has learnt nothing about its CPUs yet."""
    monkeypatch.setattr(host, "POLLER", Poller(HOST_SPIN, host.POLLER.late))


@pytest.fixture
def slow_polling(monkeypatch: pytest.MonkeyPatch) -> None:
    """Polling for half a second, however slow the loop turns (a loaded test machine)."""
    monkeypatch.setattr(host, "POLLER", Poller(0.5, 10.0))


@pytest.mark.anyio
@BACKENDS
async def test_polling_never_blocks_the_loop(pipe: tuple[int, int], slow_polling: None) -> None:
    # the frame comes from a task of the same loop, after a few turns of it: a poller that
    # held the loop would never see it
    r, w = pipe
    reader = FrameReader(r)
    found: list[bool] = []

    async def poll() -> None:
        found.append(await polled(reader))

    async with anyio.create_task_group() as tg:
        tg.start_soon(poll)
        for _ in range(5):
            await anyio.sleep(0)
        os.write(w, pack({"op": "done", "ok": True, "value": "3"}))
    assert found == [True]
    assert reader.read() == pack({"op": "done", "ok": True, "value": "3"})[4:]


@pytest.mark.anyio
@BACKENDS
async def test_polling_gives_up_in_time(pipe: tuple[int, int]) -> None:
    reader = FrameReader(pipe[0])
    started = time.monotonic()
    assert not await polled(reader)  # nothing comes
    assert time.monotonic() - started < HOST_SPIN + 0.5


@pytest.mark.anyio
@BACKENDS
async def test_polling_stops_when_the_loop_is_busy(
    pipe: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(host, "POLLER", Poller(0.5, host.POLLER.late))  # 500 turns
    reader = FrameReader(pipe[0])
    turns = during = 0
    polling = found = True

    async def busy_task() -> None:
        nonlocal turns
        while polling:
            turns += 1
            time.sleep(0.001)  # work that holds the loop for a while at every turn
            await anyio.sleep(0)

    async with anyio.create_task_group() as tg:
        tg.start_soon(busy_task)
        await anyio.sleep(0)
        before = turns
        found = await polled(reader)
        during = turns - before
        polling = False
    assert not found
    # one slow turn of the loop (two, depending on the order the tasks run in), and the
    # poller waits on the loop instead
    assert during <= 2


@pytest.mark.anyio
@BACKENDS
async def test_polling_sees_a_frame_already_read_into_the_buffer(pipe: tuple[int, int]) -> None:
    r, w = pipe
    reader = FrameReader(r)
    os.write(w, pack({"op": "print", "stream": "stdout", "text": "a"}) * 2)
    reader.read()  # one read took both frames: the second waits in the reader's buffer
    assert not select.select([r], [], [], 0)[0]
    assert await polled(reader)
    assert reader.read() == pack({"op": "print", "stream": "stdout", "text": "a"})[4:]
