"""What `session.dump()` stores: every snippet that ran, with its inputs and journal."""

from __future__ import annotations

from typing import Literal

import pydantic

from ._journal import JournalEntry
from ._snapshot import SNAPSHOT_FORMAT, SNAPSHOT_VERSION, LimitsSpec

__all__ = ["MemoryLayer", "SessionSnapshot", "SnippetRecord"]


class SnippetRecord(pydantic.BaseModel):
    """One snippet the session ran (to completion or to an exception)."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    code: str
    inputs: object = None
    """The snippet's inputs, encoded as snapshot values."""
    error: str | None = None
    """The exception type that ended the snippet, or None when it completed."""
    journal: tuple[JournalEntry, ...] = ()


class MemoryLayer(pydantic.BaseModel):
    """What a session's snippets wrote to memory files and overlays (mounts' read-write
    writes are on the host already), and how far skipped sleeps moved its clocks."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    files: dict[str, str | None] = {}
    """Virtual path -> content in base64 (None: deleted by the session)."""
    dirs: tuple[str, ...] = ()
    clock_offset: float = 0.0


class SessionSnapshot(pydantic.BaseModel):
    """An idle session: its configuration and the snippets to replay, in order."""

    model_config = pydantic.ConfigDict(extra="forbid", frozen=True)

    format: Literal["monty-agent-snapshot"] = SNAPSHOT_FORMAT
    version: Literal[1] = SNAPSHOT_VERSION
    kind: Literal["session"] = "session"
    script_name: str = "main.py"
    functions: tuple[str, ...] = ()
    """The host functions the session's snippets could call."""
    limits: LimitsSpec | None = None
    snippets: tuple[SnippetRecord, ...] = ()
    os: MemoryLayer | None = None
    """The session's OS access state, when it had OS access."""

    def dump(self) -> bytes:
        """The snapshot as bytes."""
        return self.model_dump_json().encode("utf-8")
