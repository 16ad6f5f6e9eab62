"""`asyncio.Queue`, `LifoQueue` and `PriorityQueue` for the sandbox.

Ported from CPython 3.11's `asyncio/queues.py` onto the run's scheduler. Blocked `get`s and
`put`s wait on our `Future`s; `join` waits on an `asyncio.Event`. Items are the sandbox's own
values: `PriorityQueue` compares them with `heapq` (a sandbox `__lt__` runs as sandbox code,
ticking, inside the task that called `put`/`get`).

Security: state lives in `__slots__` and only the public API is registered with the policy.
"""

from __future__ import annotations

import contextlib
import heapq
from collections import deque
from types import GenericAlias
from typing import Any

from ..execute.scheduler import Future, current_scheduler
from ..policy import register_host_type
from .asyncio_locks import Event

__all__ = ["LifoQueue", "PriorityQueue", "Queue", "QueueEmpty", "QueueFull"]


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


class Queue:
    """A FIFO queue for producer and consumer tasks (`asyncio.Queue`)."""

    __slots__ = ("_finished", "_getters", "_maxsize", "_putters", "_queue", "_unfinished_tasks")

    def __init__(self, maxsize: int = 0) -> None:
        self._maxsize = maxsize
        self._getters: deque[Future] = deque()
        self._putters: deque[Future] = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    __class_getitem__ = classmethod(GenericAlias)  # pyright: ignore[reportUnknownVariableType]

    def _init(self, maxsize: int) -> None:
        self._queue: Any = deque()

    def _get(self) -> Any:
        return self._queue.popleft()

    def _put(self, item: Any) -> None:
        self._queue.append(item)

    @staticmethod
    def _wakeup_next(waiters: deque[Future]) -> None:
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self) -> str:
        return f"<{type(self).__name__} at {id(self):#x} {self._format()}>"

    def __str__(self) -> str:
        return f"<{type(self).__name__} {self._format()}>"

    def _format(self) -> str:
        result = f"maxsize={self._maxsize!r}"
        if self._queue:
            result += f" _queue={list(self._queue)!r}"
        if self._getters:
            result += f" _getters[{len(self._getters)}]"
        if self._putters:
            result += f" _putters[{len(self._putters)}]"
        if self._unfinished_tasks:
            result += f" tasks={self._unfinished_tasks}"
        return result

    def qsize(self) -> int:
        """Number of items in the queue."""
        return len(self._queue)

    @property
    def maxsize(self) -> int:
        """Number of items allowed in the queue."""
        return self._maxsize

    def empty(self) -> bool:
        """Return True if the queue is empty, False otherwise."""
        return not self._queue

    def full(self) -> bool:
        """Return True if there are maxsize items in the queue."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item: Any) -> None:
        """Put an item into the queue, waiting for a free slot if it is full."""
        while self.full():
            putter = Future(loop=current_scheduler())
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                with contextlib.suppress(ValueError):
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item: Any) -> None:
        """Put an item into the queue; QueueFull if there is no free slot."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self) -> Any:
        """Remove and return an item, waiting for one if the queue is empty."""
        while self.empty():
            getter = Future(loop=current_scheduler())
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                with contextlib.suppress(ValueError):
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self) -> Any:
        """Remove and return an item; QueueEmpty if there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self) -> None:
        """Mark one item taken with `get` as processed (for `join`)."""
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self) -> None:
        """Wait until every item put in the queue has been processed."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A queue that returns the smallest item first (`asyncio.PriorityQueue`)."""

    __slots__ = ()

    def _init(self, maxsize: int) -> None:
        self._queue = []

    def _put(self, item: Any) -> None:
        heapq.heappush(self._queue, item)

    def _get(self) -> Any:
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A queue that returns the most recently added item first (`asyncio.LifoQueue`)."""

    __slots__ = ()

    def _init(self, maxsize: int) -> None:
        self._queue = []

    def _put(self, item: Any) -> None:
        self._queue.append(item)

    def _get(self) -> Any:
        return self._queue.pop()


_QUEUE_API = "qsize maxsize empty full put put_nowait get get_nowait task_done join"
for _cls in (Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull):
    _cls.__module__ = "asyncio.queues"
    register_host_type(_cls, _QUEUE_API if issubclass(_cls, Queue) else "")
