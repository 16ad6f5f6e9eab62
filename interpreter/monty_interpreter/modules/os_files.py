"""The sandbox's `open()`: files of the run's OS access, read and written whole.

Opening for reading fetches the file with one external call (`os.read_bytes`) and serves
it from memory; opening for writing checks the file can be written (a `w` open truncates
it at once, as CPython does), collects what is written in memory and hands it to the host
(`os.write_bytes`) on `flush()` and `close()` (leaving a `with` block closes). Text mode
decodes and encodes (UTF-8 unless `encoding` says otherwise) with universal newlines as
CPython's `TextIOWrapper` does. Modes: `r`, `w`, `a`, `x`, each with `b` or `t`; `+`
(read and write one file object) is not supported.

Review notes: the file object holds an in-memory `io.StringIO`/`io.BytesIO` wrapper of the
sandbox's own `io` module (sizes reported as it grows) in a slot the policy never allows;
no descriptor, `buffer`, `raw` or `fileno` exists. Reads are capped by the host
(`max_read_bytes`) and counted against the run's memory.
"""

from __future__ import annotations

import codecs
import contextlib
import posixpath
from typing import Any

from ..execute.runtime import CURRENT
from ..policy import register_host_type
from .os_module import fspath
from .stdlib_io import BytesIO, StringIO

__all__ = ["SandboxFile", "flush_files", "open_file", "sandbox_open"]

_MODES = frozenset("rwaxbt")


class SandboxFile:
    """A file opened in the sandbox (text or binary, for reading or for writing)."""

    __slots__ = (
        "__weakref__",
        "_appended",
        "_buf",
        "_dirty",
        "_encoding",
        "_errors",
        "_mode",
        "_name",
        "_path",
        "_write",
    )

    def __init__(
        self,
        path: str,
        name: str,
        mode: str,
        buf: Any,
        encoding: str | None,
        errors: str,
        write: str | None,
    ) -> None:
        self._path = path
        self._name = name
        self._mode = mode
        self._buf = buf
        self._encoding = encoding
        self._errors = errors
        #: None (read-only), "w" (replace the file on flush) or "a" (append what is new)
        self._write = write
        #: bytes already handed to the host (append mode)
        self._appended = 0
        #: written to since the last flush
        self._dirty = False

    # -- what the file is ---------------------------------------------------------------
    @property
    def name(self) -> str:
        """The path it was opened with."""
        return self._name

    @property
    def mode(self) -> str:
        """The mode it was opened with."""
        return self._mode

    @property
    def encoding(self) -> str:
        """The text encoding (text files only)."""
        if self._encoding is None:
            raise AttributeError("'_io.BufferedReader' object has no attribute 'encoding'")
        return self._encoding

    @property
    def errors(self) -> str:
        """How encoding errors are handled."""
        return self._errors

    @property
    def closed(self) -> bool:
        """Whether the file is closed."""
        return self._buf.closed

    def readable(self) -> bool:
        """Whether the file was opened for reading."""
        self._open_check()
        return self._write is None

    def writable(self) -> bool:
        """Whether the file was opened for writing."""
        self._open_check()
        return self._write is not None

    def seekable(self) -> bool:
        """Files read from memory can seek."""
        self._open_check()
        return self._write is None

    def isatty(self) -> bool:
        """Never a terminal."""
        self._open_check()
        return False

    def _open_check(self) -> None:
        if self._buf.closed:
            raise ValueError("I/O operation on closed file.")

    def _can(self, reading: bool) -> None:
        self._open_check()
        if reading and self._write is not None:
            raise _unsupported("read")
        if not reading and self._write is None:
            raise _unsupported("write")

    # -- reading ------------------------------------------------------------------------
    def read(self, size: Any = -1, /) -> Any:
        """Up to `size` characters (bytes), or the rest."""
        self._can(True)
        return self._buf.read(size)

    def readline(self, size: Any = -1, /) -> Any:
        """The next line."""
        self._can(True)
        return self._buf.readline(size)

    def readlines(self, hint: Any = -1, /) -> list[Any]:
        """The remaining lines."""
        self._can(True)
        return self._buf.readlines(hint)

    def __iter__(self) -> Any:
        self._can(True)
        return self

    def __next__(self) -> Any:
        self._can(True)
        line = self._buf.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos: Any, whence: Any = 0, /) -> int:
        """Move the read position."""
        self._can(True)
        return self._buf.seek(pos, whence)

    def tell(self) -> int:
        """The read position (the write position: what was written)."""
        self._open_check()
        return self._buf.tell()

    # -- writing ------------------------------------------------------------------------
    def write(self, data: Any, /) -> int:
        """Add `data` (str in text mode, bytes-like in binary mode)."""
        self._can(False)
        if self._encoding is not None:
            if not isinstance(data, str):
                raise TypeError(f"write() argument must be str, not {type(data).__name__}")
        elif isinstance(data, str):
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
        self._dirty = True
        return self._buf.write(data)

    def writelines(self, lines: Any, /) -> None:
        """Write each item of `lines`."""
        self._can(False)
        for line in CURRENT.get().ticking(lines):
            self.write(line)

    def flush(self) -> None:
        """Hand what was written to the host."""
        self._open_check()
        if self._write is None or not self._dirty:
            return
        self._dirty = False
        data = self._buf.getvalue()
        if self._encoding is not None:
            data = data.encode(self._encoding, self._errors)
        rt = CURRENT.get()
        if self._write == "a":
            rt.os_call("write_bytes", self._path, data[self._appended :], True)
            self._appended = len(data)
        else:
            rt.os_call("write_bytes", self._path, data, False)

    def close(self) -> None:
        """Flush and close (closing twice does nothing)."""
        if self._buf.closed:
            return
        try:
            self.flush()
        finally:
            self._buf.close()

    def __del__(self) -> None:
        # CPython flushes a file nobody refers to any more (`open(p, 'w').write(x)`); errors
        # are ignored there too. A run that ended flushed its files already (`flush_files`).
        if self._write is not None and self._dirty and not self._buf.closed:
            with contextlib.suppress(Exception):
                self.flush()

    def __enter__(self) -> Any:
        self._open_check()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._encoding is not None:
            return f"<_io.TextIOWrapper name={self._name!r} mode={self._mode!r} encoding={self._encoding!r}>"
        kind = "BufferedReader" if self._write is None else "BufferedWriter"
        return f"<_io.{kind} name={self._name!r}>"


register_host_type(
    SandboxFile,
    "name mode encoding errors closed readable writable seekable isatty read readline "
    "readlines seek tell write writelines flush close",
)
SandboxFile.__module__ = "_io"
SandboxFile.__name__ = SandboxFile.__qualname__ = "TextIOWrapper"


def _unsupported(what: str) -> Exception:
    import io

    return io.UnsupportedOperation(what)


def _parse_mode(mode: Any) -> tuple[str, bool]:
    """`(kind, binary)` for an `open` mode: kind is one of `r`, `w`, `a`, `x`."""
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if "+" in mode:
        raise ValueError(
            "open() mode '+' (read and write one file) is not supported in the sandbox"
        )
    if not set(mode) <= _MODES or len(set(mode)) != len(mode):
        raise ValueError(f"invalid mode: '{mode}'")
    kinds = [c for c in mode if c in "rwax"]
    if len(kinds) != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "b" in mode and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    return kinds[0], "b" in mode


def open_file(
    where: str, mode: Any, encoding: Any, errors: Any, newline: Any, name: str
) -> SandboxFile:
    """Open virtual file `where` (already absolute); `name` is what the sandbox passed."""
    kind, binary = _parse_mode(mode)
    if binary:
        for arg, label in ((encoding, "encoding"), (errors, "errors"), (newline, "newline")):
            if arg is not None:
                raise ValueError(f"binary mode doesn't take an {label} argument")
        text_encoding = None
        text_errors = "strict"
    else:
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(
                f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}"
            )
        if errors is not None and not isinstance(errors, str):
            raise TypeError(
                f"open() argument 'errors' must be str or None, not {type(errors).__name__}"
            )
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        text_encoding = codecs.lookup(encoding or "utf-8").name if encoding else "UTF-8"
        text_errors = errors or "strict"
    rt = CURRENT.get()
    if kind == "r":
        data = rt.os_call("read_bytes", where)
        if not isinstance(data, bytes):
            raise TypeError("the host answered a read with something other than bytes")
        rt.allocate(len(data))
        if text_encoding is None:
            buf: Any = BytesIO(data)
        else:
            buf = StringIO(data.decode(text_encoding, text_errors), newline=newline)
        return SandboxFile(where, name, mode, buf, text_encoding, text_errors, None)
    if kind == "x" and rt.os_call("exists", where):
        raise FileExistsError(17, "File exists", name)
    if kind == "a":
        rt.os_call("write_bytes", where, b"", True)  # create it, or fail now
    else:
        rt.os_call("write_bytes", where, b"", False)  # truncate (or create), or fail now
    out_newline = newline if newline is not None else "\n"
    buf = BytesIO() if binary else StringIO(newline=out_newline)
    file = SandboxFile(
        where, name, mode, buf, text_encoding, text_errors, "a" if kind == "a" else "w"
    )
    rt.open_files.add(file)
    return file


def flush_files(rt: Any) -> None:
    """Hand what the run's open files hold to the host (at the end of a run or snippet, as
    CPython flushes files at exit); errors are ignored, as CPython's are then."""
    if not rt.open_files:  # the common case, without iterating a WeakSet
        return
    for file in list(rt.open_files):
        if not file.closed:
            with contextlib.suppress(Exception):
                file.flush()


def sandbox_open(
    file: Any,
    mode: Any = "r",
    buffering: Any = -1,
    encoding: Any = None,
    errors: Any = None,
    newline: Any = None,
    closefd: Any = True,
    opener: Any = None,
) -> SandboxFile:
    """The sandbox's `open` builtin: a file of the run's OS access (see the module docstring)."""
    if isinstance(file, int) and not isinstance(file, bool):
        raise PermissionError("file descriptors cannot be opened in the sandbox")
    if opener is not None:
        raise ValueError("open() with an opener is not supported in the sandbox")
    name = fspath(file)
    where = posixpath.normpath(posixpath.join("/", name))
    return open_file(where, mode, encoding, errors, newline, name)


sandbox_open.__name__ = sandbox_open.__qualname__ = "open"
