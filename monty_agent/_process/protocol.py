"""The protocol between the host and a worker process: versioned, length-prefixed JSON frames.

A frame is a 4-byte big-endian length followed by that many bytes of UTF-8 JSON: one object
with an `op`. Values inside are encoded by `values.encode`. Nothing is ever pickled.

The host sends `run` (a program to run, numbered: a frame of two lines, the run's own
inputs and OS policy, then its spec, which is the same for every run of a program), `reply`
(the answer to the worker's last request), `end_session` (drop the session state) and, only
to workers started for tests, `escape` (run host Python in the worker, see `worker.py`). Interrupts go on a pipe of their
own, the control pipe: the number of the run to stop (`INTERRUPT`), since a run that only
computes reads no frames. The worker sends `ready` once, then, while a run goes on, requests the host
answers in order (`call`, `wait`, `clock`, `wall_clock`, `entropy`, `prepare`), notices that
need no answer (`dispatch`, `cancel`, `print`) and finally `done`.

Every frame a worker sends is checked on the host: its size (`MAX_FRAME`), its JSON, and its
shape, with the pydantic models below. Anything else is protocol garbage: the host kills the
worker and the run fails with `MontyCrashedError`.
"""

from __future__ import annotations

import json
import os
import select
import struct
import time
from typing import Annotated, Any, Literal

import pydantic

from .polling import Poller

__all__ = [
    "INTERRUPT",
    "MAX_FRAME",
    "PROTOCOL_VERSION",
    "FrameError",
    "FrameReader",
    "FrameTimeout",
    "WorkerMessage",
    "encode_line",
    "pack",
    "pack_run",
    "parse_worker_message",
    "split_run",
    "write_all",
    "write_some",
]

PROTOCOL_VERSION = 3
#: The largest frame the host accepts from a worker (a run's result included).
MAX_FRAME = 64 * 1024 * 1024
_HEADER = struct.Struct(">I")
#: A yield of the CPU that took longer (seconds) says another task runs on this CPU.
_SHARED_CPU = 20e-6
#: What the host writes to the control pipe to stop a run: the run's number.
INTERRUPT = struct.Struct(">Q")


class FrameError(Exception):
    """The other side closed the pipe, or sent a frame that is not a frame."""


class FrameTimeout(Exception):
    """No frame arrived before the deadline."""


#: ASCII JSON (lone surrogates in strings survive), no NaN or infinities, no spaces.
_encode = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode


def encode_line(message: dict[str, Any]) -> bytes:
    """`message` as one line of JSON (no newline: the encoding escapes them in strings)."""
    return _encode(message).encode("ascii")


def pack(message: dict[str, Any]) -> bytes:
    """`message` as one frame."""
    return _framed(encode_line(message))


def pack_run(head: bytes, run: int, spec: bytes) -> bytes:
    """A `run` frame: `head` (a JSON object, from `encode_line`) with the run's number
    added, then a newline and the run's `spec` (see `split_run`)."""
    return _framed(b'%s,"run":%d}\n%s' % (head[:-1], run, spec))


def _framed(body: bytes) -> bytes:
    return _HEADER.pack(len(body)) + body


def split_run(body: bytes) -> tuple[bytes, bytes]:
    """A frame body's first line, and the rest: a `run` frame's spec (else empty)."""
    head, _, spec = body.partition(b"\n")
    return head, spec


def write_all(fd: int, data: bytes) -> None:
    """Write all of `data` to the descriptor `fd`, waiting for room when it is a
    non-blocking one whose pipe is full."""
    view = memoryview(data)
    while view:
        try:
            written = os.write(fd, view)
        except BlockingIOError:
            room = select.poll()
            room.register(fd, select.POLLOUT)
            room.poll()
            continue
        view = view[written:]


def write_some(fd: int, data: bytes) -> bytes:
    """Write what the non-blocking descriptor `fd` takes of `data` now; the rest."""
    try:
        written = os.write(fd, data)
    except BlockingIOError:
        return data
    return data[written:]


class FrameReader:
    """Reads frames from a blocking descriptor, with an optional deadline per frame."""

    def __init__(self, fd: int, max_frame: int = MAX_FRAME, spin: float = 0.0) -> None:
        self.fd = fd
        self.max_frame = max_frame
        #: polls for a next frame before the read blocks, for up to `spin` seconds
        self._poller = Poller(spin, _SHARED_CPU) if spin else None
        self._buffer = bytearray()
        self._poll = select.poll()
        self._poll.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)

    def ready(self) -> bool:
        """Whether `read_available` has something to work on now: a whole frame already
        read, or bytes (or the end of the stream) waiting on the descriptor."""
        return self._buffered() is not None or bool(self._poll.poll(0))

    def read_available(self) -> bytes | None:
        """The next frame's body if it can be had without blocking (None: it has not all
        come yet). Reads the descriptor once when it has anything. Raises `FrameError` at
        the end of the stream or for an oversized frame."""
        if self._buffered() is None and self._poll.poll(0):
            chunk = self._read_chunk(65536)
            if not self._buffer:
                whole = self._whole(chunk)
                if whole is not None:
                    return whole
            self._buffer += chunk
        size = self._buffered()
        return None if size is None else self._take(size)

    def read(self, deadline: float | None = None) -> bytes:
        """The next frame's body. Raises `FrameTimeout` when `deadline` (a `time.monotonic()`
        reading) passes first, `FrameError` at the end of the stream or for an oversized frame."""
        if deadline is None and not self._buffer:
            # the common case: one read brings exactly one frame, taken as it came
            self._spin()
            chunk = self._read_chunk(65536)
            whole = self._whole(chunk)
            if whole is not None:
                return whole
            self._buffer += chunk
        size = self._size(deadline)
        self._fill(_HEADER.size + size, deadline)
        return self._take(size)

    def _read_chunk(self, size: int) -> bytes:
        chunk = os.read(self.fd, size)
        if not chunk:
            raise FrameError("the stream ended" + (" mid-frame" if self._buffer else ""))
        return chunk

    def _whole(self, chunk: bytes) -> bytes | None:
        """The body of `chunk` when it is exactly one frame (taken as it came)."""
        if len(chunk) >= _HEADER.size:
            (size,) = _HEADER.unpack_from(chunk)
            if len(chunk) == _HEADER.size + size and size <= self.max_frame:
                return chunk[_HEADER.size :]
        return None

    def _buffered(self) -> int | None:
        """The size of the next frame when all of it is in the buffer, else None."""
        if len(self._buffer) < _HEADER.size:
            return None
        size = self._checked_size()
        return size if len(self._buffer) >= _HEADER.size + size else None

    def _take(self, size: int) -> bytes:
        body = bytes(self._buffer[_HEADER.size : _HEADER.size + size])
        del self._buffer[: _HEADER.size + size]
        return body

    def _spin(self) -> None:
        """Poll for a while before the read blocks (see `polling`): the next frame often
        comes sooner, and then finds this process still running."""
        poller = self._poller
        if poller is None or not poller.start():
            return
        poll = self._poll.poll
        while not poll(0):
            os.sched_yield()
            if not poller.go_on():
                return

    def _size(self, deadline: float | None) -> int:
        self._fill(_HEADER.size, deadline)
        return self._checked_size()

    def _checked_size(self) -> int:
        (size,) = _HEADER.unpack_from(self._buffer)
        if size > self.max_frame:
            raise FrameError(f"a frame of {size} bytes (the limit is {self.max_frame})")
        return size

    def _fill(self, wanted: int, deadline: float | None) -> None:
        while len(self._buffer) < wanted:
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0 or not self._poll.poll(max(1, int(left * 1000))):
                    if time.monotonic() >= deadline:
                        raise FrameTimeout()
                    continue
            self._buffer += self._read_chunk(max(65536, wanted - len(self._buffer)))


# -- what a worker may send -------------------------------------------------------------------


class _Message(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)


class Ready(_Message):
    """The worker started, locked itself down and waits for runs."""

    op: Literal["ready"]
    version: int
    pid: int
    lockdown: str
    """What blocks the worker's system calls (`'seccomp'`)."""


class Refused(_Message):
    """The worker could not lock itself down and will not serve runs."""

    op: Literal["refused"]
    reason: str


class CallSpec(_Message):
    """One external call: `name(*args, **kwargs)`, or the arguments `prepare` returned."""

    id: int
    name: str
    payload: Any = None
    """`values.encode((args, kwargs))` (None for a prepared call)."""
    prepared: int | None = None
    """The number of a `prepare` answer whose validated arguments the call uses."""


class Call(_Message):
    """A synchronous call: the run waits for its answer."""

    op: Literal["call"]
    seq: int = 0
    """The request's number: the reply carries it back."""
    call: CallSpec


class Dispatch(_Message):
    """Awaited calls to start."""

    op: Literal["dispatch"]
    calls: list[CallSpec]


class Wait(_Message):
    """The calls answered since the last wait, waiting up to `timeout` for one."""

    op: Literal["wait"]
    seq: int = 0
    """The request's number: the reply carries it back."""
    timeout: float | None = pydantic.Field(default=None, ge=0)


class Cancel(_Message):
    """The run dropped these calls."""

    op: Literal["cancel"]
    ids: list[int]


class Clock(_Message):
    """A reading of the host's monotonic clock or time of day."""

    op: Literal["clock", "wall_clock"]
    seq: int = 0
    """The request's number: the reply carries it back."""


class Entropy(_Message):
    """Random bytes from the host."""

    op: Literal["entropy"]
    seq: int = 0
    """The request's number: the reply carries it back."""
    size: int = pydantic.Field(ge=0, le=1 << 20)


class Print(_Message):
    """What `print` wrote."""

    op: Literal["print"]
    stream: Literal["stdout", "stderr"]
    text: str


class Prepare(_Message):
    """A tool's arguments, to validate on the host before the call."""

    op: Literal["prepare"]
    seq: int = 0
    """The request's number: the reply carries it back."""
    name: str
    payload: Any
    """`values.encode((args, kwargs))`."""


class FrameSpec(_Message):
    """One frame of a sandbox traceback."""

    filename: str
    lineno: int
    function: str
    source_line: str | None = None


class ErrorSpec(_Message):
    """How a run failed: a `MontyRuntimeError` (`kind='runtime'`), or a `TypeError` /
    `ValueError` / `MontyError` about how it was called."""

    kind: Literal["runtime", "TypeError", "ValueError", "MontyError"]
    type_name: str = ""
    message: str
    frames: list[FrameSpec] = []
    limit: bool = False
    cause: ErrorSpec | None = None
    cause_link: Literal["cause", "context"] | None = None


class Done(_Message):
    """The run ended: its result (`ok`) or its error."""

    op: Literal["done"]
    ok: bool
    value: Any = None
    error: ErrorSpec | None = None
    os_offset: float | None = None
    """Seconds the run's sleep policy skipped so far (with an OS-access policy)."""


class Escaped(_Message):
    """The outcome of a test-only `escape` request."""

    op: Literal["escaped"]
    results: dict[str, str]


WorkerMessage = Annotated[
    Ready
    | Refused
    | Call
    | Dispatch
    | Wait
    | Cancel
    | Clock
    | Entropy
    | Print
    | Prepare
    | Done
    | Escaped,
    pydantic.Field(discriminator="op"),
]
_ADAPTER: pydantic.TypeAdapter[WorkerMessage] = pydantic.TypeAdapter(WorkerMessage)


def parse_worker_message(body: bytes) -> WorkerMessage:
    """Validate one frame body from a worker; `FrameError` says what is wrong with it.

    pydantic parses the JSON itself, in one call. Its parser refuses some JSON that `json`
    reads (nesting past 200 levels, lone surrogates, which `pack` writes as escapes): such a
    frame is read again with `json`, whose reading is the reference."""
    try:
        return _ADAPTER.validate_json(body)
    except pydantic.ValidationError as exc:
        if exc.errors()[0]["type"] != "json_invalid":
            raise _malformed(exc) from None
    try:
        raw = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise FrameError(f"a frame that is not JSON ({str(exc)[:100]})") from None
    try:
        return _ADAPTER.validate_python(raw)
    except pydantic.ValidationError as exc:
        raise _malformed(exc) from None
    except RecursionError:
        raise FrameError("a malformed message (nested too deeply)") from None


def _malformed(exc: pydantic.ValidationError) -> FrameError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "the message"
    return FrameError(f"a malformed message (at {where}: {first['msg']})")
