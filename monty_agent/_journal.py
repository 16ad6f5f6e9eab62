"""The journal of what the host told a snippet, and a bridge that replays it.

A session snippet is deterministic given what its host told it: the results of synchronous
external calls, which awaited calls had completed (and how) each time the scheduler waited,
the clock readings (its timers', `time`'s and `datetime`'s), and the random bytes it drew
(the seed of `random`, `uuid4`). `Journal` records them in order, on the
sandbox thread, encoding each value at once (the sandbox may mutate what it received).
`ReplayBridge` answers a run from such a journal without calling any host function, and
raises `MontyError` as soon as the run asks for something the journal did not record.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any, Literal

from monty_interpreter.execute.scheduler import ExternalCall

from ._bridge import HostFunction, ThreadBridge
from ._convert import to_plain
from ._errors import MontyError
from ._snapshot import CallAnswer, JournalEntry, decode_value, encode_value

__all__ = ["CallAnswer", "Journal", "JournalEntry", "ReplayBridge"]


class Journal:
    """What the host answered one snippet, in order (recorded on the sandbox thread)."""

    def __init__(self, *, readings_only: bool = False) -> None:
        self.readings_only = readings_only
        """Record only clock readings and random bytes (a stepped run journals its answers
        itself, turn by turn)."""
        self.entries: list[JournalEntry] = []
        self.broken: str | None = None
        """Why this journal cannot be stored (a value that has no snapshot encoding)."""

    def answered(
        self, kind: Literal["call", "wait"], outcomes: Sequence[tuple[ExternalCall, bool, Any]]
    ) -> None:
        """Record a synchronous call's answer (`call`) or what a wait returned (`wait`):
        `(call, ok, value)` with the value the sandbox received."""
        if self.broken is not None or self.readings_only:
            return
        try:
            answers = tuple(_answer(*outcome) for outcome in outcomes)
        except (MontyError, RecursionError) as exc:
            name = outcomes[0][0].function_name
            self.broken = f"{name}() returned a value a snapshot cannot hold ({exc})"
            return
        last = self.entries[-1] if self.entries else None
        if not answers and last is not None and last.kind == "wait" and not last.calls:
            self.entries[-1] = last.model_copy(update={"repeat": last.repeat + 1})
            return
        self.entries.append(JournalEntry(kind=kind, calls=answers))

    def clock(self, value: float, kind: Literal["clock", "wall_clock"] = "clock") -> None:
        """Record a reading of the monotonic (`clock`) or the wall clock."""
        if self.broken is None:
            self.entries.append(JournalEntry(kind=kind, clock=value))

    def entropy(self, data: bytes) -> None:
        """Record random bytes the run drew (seeds of `random`, `uuid4`)."""
        if self.broken is None:
            self.entries.append(
                JournalEntry(kind="entropy", data=base64.b64encode(data).decode("ascii"))
            )


def _answer(call: ExternalCall, ok: bool, value: Any) -> CallAnswer:
    return CallAnswer(
        call_id=call.call_id,
        function_name=call.function_name,
        args=encode_value(call.args),
        kwargs=encode_value(call.kwargs),
        ok=ok,
        value=encode_value(value),
    )


class ReplayBridge(ThreadBridge):
    """Answers a snippet from its journal; any call it makes that the journal does not hold
    in that place raises `MontyError` (the code, inputs or earlier state changed)."""

    def __init__(self, functions: dict[str, HostFunction], entries: Sequence[JournalEntry]):
        super().__init__(functions, _no_post)
        self._entries = list(entries)
        self._next = 0
        self._repeats_left = 0
        self._dispatched: dict[int, ExternalCall] = {}

    def call(self, call: ExternalCall) -> None:
        entry = self._take("call", f"{call.function_name}()")
        self._check(entry.calls, [call], "call")
        call.resolve(*_decoded(entry.calls[0]))

    def dispatch(self, calls: Sequence[ExternalCall]) -> None:
        for call in calls:
            self._dispatched[call.call_id] = call

    def wait(self, timeout: float | None) -> Sequence[ExternalCall]:
        entry = self._take("wait", "the results of its awaited calls")
        resolved: list[ExternalCall] = []
        for answer in entry.calls:
            call = self._dispatched.pop(answer.call_id, None)
            if call is None:
                raise _mismatch(f"call #{answer.call_id} to {answer.function_name}()", "none")
            self._check((answer,), [call], "awaited call")
            call.resolve(*_decoded(answer))
            resolved.append(call)
        return resolved

    def cancel(self, calls: Sequence[ExternalCall]) -> None:
        for call in calls:
            self._dispatched.pop(call.call_id, None)

    def clock(self) -> float:
        entry = self._take("clock", "the clock")
        if entry.clock is None:
            raise MontyError("invalid snapshot: a clock entry without a reading")
        return entry.clock

    def wall_clock(self) -> float:
        entry = self._take("wall_clock", "the time of day")
        if entry.clock is None:
            raise MontyError("invalid snapshot: a clock entry without a reading")
        return entry.clock

    def entropy(self, size: int) -> bytes:
        entry = self._take("entropy", f"{size} random bytes")
        try:
            data = base64.b64decode(entry.data or "", validate=True)
        except ValueError:
            raise MontyError("invalid snapshot: entropy that is not base64") from None
        if len(data) != size:
            raise _mismatch(f"{len(data)} random bytes", f"{size}")
        return data

    def finished(self) -> None:
        """The snippet ended: it must have used the whole journal."""
        if self._repeats_left or self._next < len(self._entries):
            raise MontyError(
                "the snapshot does not match the session: a snippet ended before using all "
                "that its host had answered"
            )

    def _take(self, kind: str, wanted: str) -> JournalEntry:
        if self._repeats_left:
            entry = self._entries[self._next - 1]
            self._repeats_left -= 1
        else:
            if self._next >= len(self._entries):
                raise _mismatch("nothing more", wanted)
            entry = self._entries[self._next]
            self._next += 1
            self._repeats_left = entry.repeat - 1
        if entry.kind != kind:
            raise _mismatch(_describe(entry), wanted)
        return entry

    def _check(
        self, answers: Sequence[CallAnswer], calls: Sequence[ExternalCall], what: str
    ) -> None:
        for answer, call in zip(answers, calls, strict=True):
            asked = (call.function_name, encode_value(call.args), encode_value(call.kwargs))
            if asked != (answer.function_name, answer.args, answer.kwargs):
                raise _mismatch(f"{what} {_describe_call(answer)}", f"{call.function_name}(...)")


def _decoded(answer: CallAnswer) -> tuple[bool, Any]:
    value = decode_value(answer.value)
    if answer.ok:
        return True, to_plain(value)
    if not isinstance(value, BaseException):
        raise MontyError("invalid snapshot: a failed call's answer is not an exception")
    return False, value


def _describe(entry: JournalEntry) -> str:
    if entry.kind in ("clock", "wall_clock"):
        return "a clock reading"
    if entry.kind == "entropy":
        return "random bytes"
    if entry.kind == "call":
        return f"call {_describe_call(entry.calls[0])}"
    names = ", ".join(_describe_call(a) for a in entry.calls) or "nothing new"
    return f"a wait that returned {names}"


def _describe_call(answer: CallAnswer) -> str:
    return f"{answer.function_name}(#{answer.call_id})"


def _mismatch(recorded: str, asked: str) -> MontyError:
    return MontyError(
        f"the snapshot does not match the session: it recorded {recorded} where the code "
        f"asked for {asked}"
    )


def _no_post(event: object) -> None:  # pragma: no cover - a replay never posts
    raise MontyError("a replayed snippet tried to reach its host")
