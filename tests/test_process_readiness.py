"""`ReadWatch`: a worker's output stays registered with the event loop that uses it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import time
from collections.abc import Generator, Iterator

import anyio
import pytest

from monty_agent._process.readiness import ReadWatch


@pytest.fixture
def pipe() -> Iterator[tuple[int, int]]:
    r, w = os.pipe()
    yield r, w
    for fd in (r, w):
        with contextlib.suppress(OSError):
            os.close(fd)


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
