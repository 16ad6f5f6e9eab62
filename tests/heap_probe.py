"""What keeps the host's heap frozen: for the assertion messages of the heap-freeze tests."""

from __future__ import annotations

import gc
import sys
import threading
import traceback

from monty_interpreter.execute import heap


def freeze_report() -> str:
    """The freeze count, and each thread that executes sandbox code with where it is."""
    names = {t.ident: t.name for t in threading.enumerate()}
    frames = sys._current_frames()  # pyright: ignore[reportPrivateUsage]
    lines = [f"frozen objects: {gc.get_freeze_count()}"]
    for ident in sorted(heap._executing):  # pyright: ignore[reportPrivateUsage]
        lines.append(f"executing sandbox code: thread {names.get(ident, ident)!r}")
        frame = frames.get(ident)
        if frame is not None:
            lines += ["  " + line.rstrip() for line in traceback.format_stack(frame)[-6:]]
    return "\n".join(lines)
