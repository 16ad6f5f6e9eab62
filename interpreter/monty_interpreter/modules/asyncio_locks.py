"""`asyncio.Lock`, `Event`, `Condition`, `Semaphore` and `BoundedSemaphore` for the sandbox.

Ported from CPython 3.11's `asyncio/locks.py` onto the run's scheduler: a waiter is one of
our `Future`s, so a blocked task is woken by the scheduler (which ticks per callback) and a
program where every task waits on a primitive nobody releases ends with the scheduler's
deadlock `RuntimeError`.

Security: state lives in `__slots__` and only the public methods are registered with the
policy (`_waiters`, `_value`, `_lock`... are refused, on the objects and on sandbox
subclasses). The classes report CPython's module (`asyncio.locks`) so reprs read the same.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from ..execute.scheduler import CancelledError, Future, current_scheduler
from ..policy import register_host_type

__all__ = ["BoundedSemaphore", "Condition", "Event", "Lock", "Semaphore"]


def _new_waiter() -> Future:
    return Future(loop=current_scheduler())


def _address(obj: object) -> str:
    return f"<{type(obj).__module__}.{type(obj).__qualname__} object at {id(obj):#x}"


class _ContextManagerMixin:
    """`async with primitive:` acquires it and releases it."""

    __slots__ = ()

    async def acquire(self) -> bool:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def release(self) -> None:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    async def __aenter__(self) -> None:
        await self.acquire()
        return None

    async def __aexit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.release()


class Lock(_ContextManagerMixin):
    """Primitive lock objects (`asyncio.Lock`)."""

    __slots__ = ("_locked", "_waiters")

    def __init__(self) -> None:
        self._waiters: deque[Future] | None = None
        self._locked = False

    def __repr__(self) -> str:
        extra = "locked" if self._locked else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"{_address(self)} [{extra}]>"

    def locked(self) -> bool:
        """Return True if lock is acquired."""
        return self._locked

    async def acquire(self) -> bool:
        """Acquire the lock, waiting until it is released if needed; return True."""
        if not self._locked and (
            self._waiters is None or all(w.cancelled() for w in self._waiters)
        ):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = _new_waiter()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self) -> None:
        """Release the lock; RuntimeError if it is not locked."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self) -> None:
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event:
    """A flag tasks can wait for (`asyncio.Event`)."""

    __slots__ = ("_value", "_waiters")

    def __init__(self) -> None:
        self._waiters: deque[Future] = deque()
        self._value = False

    def __repr__(self) -> str:
        extra = "set" if self._value else "unset"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"{_address(self)} [{extra}]>"

    def is_set(self) -> bool:
        """Return True if and only if the internal flag is true."""
        return self._value

    def set(self) -> None:
        """Set the flag and wake every task waiting for it."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self) -> None:
        """Reset the flag to false."""
        self._value = False

    async def wait(self) -> bool:
        """Wait until the flag is true; return True."""
        if self._value:
            return True
        fut = _new_waiter()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    """A condition variable (`asyncio.Condition`) over a `Lock`."""

    __slots__ = ("_lock", "_waiters")

    def __init__(self, lock: Any = None) -> None:
        self._lock = Lock() if lock is None else lock
        self._waiters: deque[Future] = deque()

    def __repr__(self) -> str:
        extra = "locked" if self.locked() else "unlocked"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"{_address(self)} [{extra}]>"

    def locked(self) -> bool:
        """Whether the underlying lock is held."""
        return self._lock.locked()

    async def acquire(self) -> bool:
        """Acquire the underlying lock."""
        return await self._lock.acquire()

    def release(self) -> None:
        """Release the underlying lock."""
        self._lock.release()

    async def wait(self) -> bool:
        """Release the lock, wait to be notified, then re-acquire it; return True."""
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = _new_waiter()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate: Any) -> Any:
        """Wait until `predicate()` is true; return its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n: int = 1) -> None:
        """Wake up at most `n` tasks waiting on this condition."""
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self) -> None:
        """Wake up every task waiting on this condition."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    """A counter that `acquire` decrements and `release` increments (`asyncio.Semaphore`)."""

    __slots__ = ("_value", "_waiters")

    def __init__(self, value: int = 1) -> None:
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters: deque[Future] | None = None
        self._value = value

    def __repr__(self) -> str:
        extra = "locked" if self.locked() else f"unlocked, value:{self._value}"
        if self._waiters:
            extra = f"{extra}, waiters:{len(self._waiters)}"
        return f"{_address(self)} [{extra}]>"

    def locked(self) -> bool:
        """Returns True if semaphore cannot be acquired immediately."""
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self) -> bool:
        """Decrement the counter, waiting while it is zero; return True."""
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = _new_waiter()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self) -> None:
        """Increment the counter and wake up one waiting task."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self) -> None:
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    __slots__ = ("_bound_value",)

    def __init__(self, value: int = 1) -> None:
        self._bound_value = value
        super().__init__(value)

    def release(self) -> None:
        """Release; ValueError when it would go above the initial value."""
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


_CM = "acquire release locked __aenter__ __aexit__"
for _cls in (Lock, Event, Condition, Semaphore, BoundedSemaphore, _ContextManagerMixin):
    _cls.__module__ = "asyncio.locks"
register_host_type(Lock, _CM)
register_host_type(Event, "is_set set clear wait")
register_host_type(Condition, _CM + " wait wait_for notify notify_all")
register_host_type(Semaphore, _CM)
register_host_type(BoundedSemaphore, _CM)
