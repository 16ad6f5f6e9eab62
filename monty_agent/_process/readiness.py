"""Waiting on the event loop until a worker has written something.

`anyio.wait_readable` registers the descriptor with the event loop and unregisters it at
every wait: two system calls and some bookkeeping per message, which is a good part of a
short run's round trip. On asyncio, a `ReadWatch` keeps its worker's output registered with
the loop that last waited on it, across runs, and moves (or drops) the registration when
another loop, maybe on another thread, uses the worker. Under trio it simply uses
`anyio.wait_readable`.

A registration is only ever removed on its loop's own thread (from another thread the
removal is scheduled there, and `close` waits for it), so the descriptor is never closed
while a loop still watches it: its number could otherwise be reused by the application
under a stale registration.
"""

from __future__ import annotations

import asyncio
import select
import threading

import anyio

__all__ = ["ReadWatch"]

#: How long `close` waits for another thread's loop to drop its registration (seconds).
_DETACH_TIMEOUT = 1.0


class ReadWatch:
    """Readiness of one descriptor (a worker's output pipe) for the tasks that wait on it,
    one at a time."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = 0
        self._waiter: asyncio.Future[None] | None = None
        self._lock = threading.Lock()
        self._poll = select.poll()
        self._poll.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)

    async def wait(self) -> None:
        """Return once the descriptor is readable (or closed at the other end)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # trio
            await anyio.wait_readable(self.fd)
            return
        with self._lock:
            if self._loop is not loop:
                self._detach()
                loop.add_reader(self.fd, self._ready, loop)
                self._loop, self._thread = loop, threading.get_ident()
            waiter = self._waiter = loop.create_future()
        try:
            await waiter
        finally:
            with self._lock:
                self._waiter = None

    def _ready(self, loop: asyncio.AbstractEventLoop) -> None:
        """The loop saw the descriptor readable (called on that loop's thread, while another
        loop's thread may be taking the watch over: hence the lock)."""
        with self._lock:
            self._ready_locked(loop)

    def _ready_locked(self, loop: asyncio.AbstractEventLoop) -> None:
        waiter = self._waiter
        if loop is not self._loop:  # a registration left behind
            loop.remove_reader(self.fd)
        elif not self._poll.poll(0):
            pass  # seen readable before a waiter read what it was woken for: stale
        elif waiter is not None:
            if not waiter.done():
                waiter.set_result(None)
        else:
            # nobody waits, yet it is readable (an idle worker's pipe: the worker died): a
            # level-triggered registration would fire at every turn of the loop
            loop.remove_reader(self.fd)
            self._loop = None

    def _detach(self) -> threading.Event | None:
        """Drop the registration (the lock is held); when it belongs to another thread's
        loop, the event that is set once that loop has dropped it."""
        loop, self._loop = self._loop, None
        if loop is None or loop.is_closed():
            return None
        if self._thread == threading.get_ident():
            loop.remove_reader(self.fd)
            return None
        dropped = threading.Event()

        def remove() -> None:
            try:
                with self._lock:
                    if self._loop is not loop:  # unless it came back meanwhile
                        loop.remove_reader(self.fd)
            finally:
                dropped.set()

        try:
            loop.call_soon_threadsafe(remove)
        except RuntimeError:  # the loop closed meanwhile
            return None
        return dropped

    def close(self) -> bool:
        """Stop watching. False when another thread's loop did not drop its registration in
        time: the descriptor must then stay open."""
        with self._lock:
            dropped = self._detach()
        return dropped is None or dropped.wait(_DETACH_TIMEOUT)
