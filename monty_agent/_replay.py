"""`load_progress`: continue a paused run from `FunctionCall.dump()` / `FutureBatch.dump()`."""

from __future__ import annotations

from typing import Any

from ._bridge import MISMATCH
from ._drivers import Complete, FunctionCall, FutureBatch, Progress
from ._errors import MontyError, MontyRuntimeError
from ._limits import ResourceLimits
from ._run import MontyRun, PrintCallback, _print_to_stdout  # pyright: ignore[reportPrivateUsage]
from ._snapshot import ProgressSnapshot, Turn, decode_value, encode_value, snapshot_limits

__all__ = ["load_progress"]


def load_progress(
    data: bytes,
    *,
    limits: ResourceLimits | None = None,
    print_callback: PrintCallback | None = None,
) -> Progress:
    """Continue a run paused in this or another process, exactly where it was dumped.

    The program runs again from the start; every host call it makes is answered from the
    snapshot's journal (no host function is called, nothing it printed before is printed
    again) until it reaches the progress that was dumped, which is returned. A journal that
    does not match what the program asks for (changed code or inputs) raises `MontyError`.
    """
    snapshot = ProgressSnapshot.load(data)
    if snapshot.kind != "progress":
        raise MontyError("this snapshot holds a program, not a paused run: use MontyRun.load")
    spec = snapshot.run
    run = MontyRun(
        spec.code,
        inputs=spec.inputs,
        external_functions=spec.external_functions,
        async_functions=spec.async_functions,
        script_name=spec.script_name,
    )
    inputs = decode_value(snapshot.inputs)
    if not isinstance(inputs, dict):
        raise MontyError("invalid snapshot: inputs must be a mapping")
    if limits is None and snapshot.limits is not None:
        limits = snapshot_limits(snapshot.limits)
    replaying = [True]
    show = print_callback or _print_to_stdout

    def output(stream: str, text: str) -> None:
        if not replaying[0]:
            show(stream, text)

    try:
        progress = run._start(inputs, limits, output, snapshot.readings)  # pyright: ignore[reportPrivateUsage, reportUnknownArgumentType]
        for number, turn in enumerate(snapshot.journal, 1):
            progress = _replay_turn(progress, turn, number)
    except MontyRuntimeError as exc:
        if exc.type_name == MISMATCH:
            raise MontyError(exc.message) from None
        raise
    replaying[0] = False
    return progress


def _replay_turn(progress: Progress, turn: Turn, number: int) -> Progress:
    if isinstance(progress, Complete):
        raise MontyError(
            f"the snapshot does not match the program: it finished before turn {number}"
        )
    shown = (
        [(progress.call_id, progress.function_name, progress.args, progress.kwargs)]
        if isinstance(progress, FunctionCall)
        else [(c.call_id, c.function_name, c.args, c.kwargs) for c in progress.calls]
    )
    expected = [(c.call_id, c.function_name, c.args, c.kwargs) for c in turn.calls]
    actual = [(i, name, encode_value(a), encode_value(k)) for i, name, a, k in shown]
    if actual != expected or (turn.kind == "call") != isinstance(progress, FunctionCall):
        want = ", ".join(f"{name}(#{i})" for i, name, _, _ in expected) or "nothing"
        got = ", ".join(f"{name}(#{i})" for i, name, _, _ in actual) or "nothing"
        raise MontyError(
            f"the snapshot does not match the program at turn {number}: it recorded {want}, the program asked for {got}"
        )
    answers: dict[int, tuple[bool, Any]] = {
        c.call_id: (c.ok, decode_value(c.value)) for c in turn.calls if c.ok is not None
    }
    if isinstance(progress, FunctionCall):
        ok, value = answers[progress.call_id]
        return progress.resume(value) if ok else progress.resume(exception=value)
    assert isinstance(progress, FutureBatch)
    return progress.resume(
        {i: v for i, (ok, v) in answers.items() if ok},
        errors={i: v for i, (ok, v) in answers.items() if not ok},
    )
