"""A small synchronous client of a language server (LSP, JSON-RPC over the server's stdio).

It is what the type checker needs of `ty server` and no more: start the process, the
`initialize` handshake, notifications, requests answered within a deadline, and a stop
that always reaps the process. Messages use the LSP base protocol: a `Content-Length`
header, a blank line, a JSON body.

A reader thread parses what the server writes and queues it; a request waits on that
queue until its answer arrives or the deadline passes. Requests the server sends to the
client are refused (the client announces no capabilities that need them), notifications
(logs, progress) are dropped. Writes are bounded by the deadline too, so a server that
stops reading cannot block its caller. Whatever goes wrong with the server (it exits, does
not answer in time, writes something that is not a message) raises `LspError`; the
client is then unusable and the caller stops it.

One client is used by one thread at a time: `request` and `notify` are serialised by a
lock, so a caller that needs several messages to go together holds `lock` around them.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import queue
import select
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn, cast

__all__ = ["LspClient", "LspError", "LspTimeout"]

#: How long a stopping server may take to exit before it is killed (seconds).
STOP_GRACE = 2.0
#: Largest message accepted from a server (bytes); a larger header is garbage.
MAX_MESSAGE = 64 * 1024 * 1024
_METHOD_NOT_FOUND = -32601


class LspError(Exception):
    """The server exited, did not answer in time or wrote something that is no message."""


class LspTimeout(LspError):
    """The server did not read or answer within the deadline."""


class _Closed:
    """Queued by the reader thread when the server's output ends or cannot be read."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


class LspClient:
    """A language server process and the JSON-RPC connection to it."""

    def __init__(
        self,
        command: Sequence[str],
        *,
        cwd: Path,
        env: Mapping[str, str],
        timeout: float,
        initialization_options: Mapping[str, Any] | None = None,
        capabilities: Mapping[str, Any] | None = None,
    ) -> None:
        """Start the server and complete the `initialize` handshake (raises `LspError`)."""
        self.owner_pid = os.getpid()
        self.lock = threading.RLock()
        self._next_id = 0
        self._inbox: queue.Queue[dict[str, Any] | _Closed] = queue.Queue()
        self._stderr: collections.deque[str] = collections.deque(maxlen=20)
        self._broken: str | None = None
        try:
            self._process = subprocess.Popen(
                list(command),
                cwd=cwd,
                env=dict(env),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                close_fds=True,
            )
        except OSError as error:
            raise LspError(f"could not start {command[0]}: {error}") from None
        assert self._process.stdin is not None
        self._stdin_fd = self._process.stdin.fileno()
        os.set_blocking(self._stdin_fd, False)
        threading.Thread(target=self._read_messages, name="lsp-reader", daemon=True).start()
        threading.Thread(target=self._read_stderr, name="lsp-stderr", daemon=True).start()
        try:
            self.capabilities = self.request(
                "initialize",
                {
                    "processId": os.getpid(),
                    "rootUri": cwd.as_uri(),
                    "workspaceFolders": [{"uri": cwd.as_uri(), "name": cwd.name}],
                    "capabilities": dict(capabilities or {}),
                    "initializationOptions": dict(initialization_options or {}),
                },
                timeout=timeout,
            )
            self.notify("initialized", {}, timeout=timeout)
        except LspError:
            self.kill()
            raise

    @property
    def pid(self) -> int:
        """The server's process id."""
        return self._process.pid

    @property
    def alive(self) -> bool:
        """Whether the server is running and its connection intact."""
        return self._broken is None and self._process.poll() is None

    def stderr_tail(self) -> str:
        """The last line the server wrote on its stderr ('' when none)."""
        return self._stderr[-1] if self._stderr else ""

    def request(self, method: str, params: Any, *, timeout: float) -> Any:
        """Send a request and return its result; an error answer raises `LspError` too."""
        with self.lock:
            deadline = time.monotonic() + timeout
            self._next_id += 1
            request_id = self._next_id
            self._send(
                {"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}, deadline
            )
            while True:
                message = self._receive(deadline, method)
                if "method" in message:
                    self._answer_server(message, deadline)
                    continue
                if message.get("id") != request_id:
                    continue  # an answer to nothing we are waiting for
                if "error" in message:
                    error: Any = message["error"]
                    if isinstance(error, dict):
                        error = cast("dict[str, Any]", error).get("message")
                    raise LspError(f"the language server refused {method}: {error}")
                if "result" not in message:
                    self._break(f"an answer to {method} without a result")
                return message["result"]

    def notify(self, method: str, params: Any, *, timeout: float) -> None:
        """Send a notification (no answer)."""
        with self.lock:
            self._send(
                {"jsonrpc": "2.0", "method": method, "params": params},
                time.monotonic() + timeout,
            )

    def stop(self) -> None:
        """Ask the server to exit, kill it if it does not in time (or its connection is
        broken already), and reap it. A forked child leaves its parent's server alone."""
        if self.owner_pid != os.getpid():
            return
        if self._broken is not None or not self.lock.acquire(timeout=STOP_GRACE):
            self.kill()
            return
        try:
            self.request("shutdown", None, timeout=STOP_GRACE)
            self.notify("exit", None, timeout=STOP_GRACE)
        except LspError:
            pass
        finally:
            self.lock.release()
        self._broken = self._broken or "stopped"
        self._close_stdin()
        try:
            self._process.wait(timeout=STOP_GRACE)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """Kill the server at once and reap it."""
        if self.owner_pid != os.getpid():
            return
        self._broken = self._broken or "killed"
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._close_stdin()

    def _close_stdin(self) -> None:
        # Only stdin: the reader threads see the end of stdout and stderr when the
        # process exits (closing a stream another thread reads could block).
        if self._process.stdin is not None:
            with contextlib.suppress(OSError):
                self._process.stdin.close()

    # -- the wire ------------------------------------------------------------------------
    def _break(self, reason: str) -> NoReturn:
        self._broken = self._broken or reason
        raise LspError(reason)

    def _send(self, message: Mapping[str, Any], deadline: float) -> None:
        if self._broken is not None:
            raise LspError(self._broken)
        body = json.dumps(message, separators=(",", ":")).encode()
        data = memoryview(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        while data:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                self._broken = "the language server stopped reading its input"
                raise LspTimeout(self._broken)
            try:
                _, writable, _ = select.select([], [self._stdin_fd], [], remaining)
                written = os.write(self._stdin_fd, data) if writable else 0
            except BlockingIOError:
                written = 0
            except (OSError, ValueError):
                self._broken = self._exit_reason()
                raise LspError(self._broken) from None
            data = data[written:]

    def _receive(self, deadline: float, method: str) -> dict[str, Any]:
        if self._broken is not None:
            raise LspError(self._broken)
        remaining = deadline - time.monotonic()
        try:
            message = self._inbox.get(timeout=max(remaining, 0.0))
        except queue.Empty:
            self._broken = f"the language server did not answer {method} in time"
            raise LspTimeout(self._broken) from None
        if isinstance(message, _Closed):
            self._inbox.put(message)  # for whoever asks next
            self._broken = message.reason or self._exit_reason()
            raise LspError(self._broken)
        return message

    def _answer_server(self, message: dict[str, Any], deadline: float) -> None:
        if "id" in message:
            self._send(
                {
                    "jsonrpc": "2.0",
                    "id": message["id"],
                    "error": {"code": _METHOD_NOT_FOUND, "message": "not supported"},
                },
                deadline,
            )

    def _exit_reason(self) -> str:
        try:
            code = self._process.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            return "the language server closed its output"
        tail = self.stderr_tail()
        return f"the language server exited (status {code})" + (f": {tail}" if tail else "")

    def _read_messages(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        try:
            while True:
                length: int | None = None
                while True:
                    line = stdout.readline(4096)
                    if not line:
                        self._inbox.put(_Closed(""))
                        return
                    if line in (b"\r\n", b"\n"):
                        break
                    name, sep, value = line.decode("ascii").partition(":")
                    if not sep:
                        raise ValueError(f"a header line without a colon: {line[:60]!r}")
                    if name.strip().lower() == "content-length":
                        length = int(value.strip())
                if length is None or not 0 <= length <= MAX_MESSAGE:
                    raise ValueError("a message without a valid Content-Length")
                body = stdout.read(length)
                if len(body) != length:
                    self._inbox.put(_Closed(""))
                    return
                message = json.loads(body)
                if not isinstance(message, dict):
                    raise ValueError("a message that is not a JSON object")
                self._inbox.put(cast("dict[str, Any]", message))
        except (ValueError, UnicodeDecodeError) as error:
            self._inbox.put(_Closed(f"the language server wrote garbage ({error})"))
        except OSError:
            self._inbox.put(_Closed(""))

    def _read_stderr(self) -> None:
        stderr = self._process.stderr
        assert stderr is not None
        try:
            for line in stderr:
                text = line.decode(errors="replace").strip()
                if text:
                    self._stderr.append(text)
        except (OSError, ValueError):
            pass
