# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false
"""Sandbox `pathlib`: `PurePosixPath`/`PurePath` and `PosixPath`/`Path` over the run's OS access.

The pure part (joining, `name`, `suffix`, `parent`, `relative_to`, `match`...) is CPython's
`pathlib.PurePosixPath`, kept in a slot the policy never allows and rewrapped on the way
out, so the sandbox never holds a host path object (whose class and `__reduce__` lead to
host code). Every method that touches the file system is an external call through
`Runtime.os_call` (see `os_module`): `exists`, `is_file`, `is_dir`, `stat`, `iterdir`,
`glob`/`rglob` (matched here over `listdir` answers), `read_text`/`read_bytes`,
`write_text`/`write_bytes`, `open`, `mkdir`, `touch`, `unlink`, `rmdir`, `rename`/`replace`.
`cwd()` and `home()` are `/`; `resolve()` and `absolute()` are lexical (the virtual file
system has no symlinks of its own; a mount's are resolved, and checked, by the host).
Left out: `chmod`, `owner`, `group`, `symlink_to`, `hardlink_to`, `readlink`, `samefile`,
Windows paths.
"""

from __future__ import annotations

import pathlib
import posixpath
import urllib.parse
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..execute.runtime import CURRENT
from ..policy import register_host_type
from . import register
from .os_module import fspath, make_stat

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["PosixPath", "PurePosixPath"]

#: Deepest directory tree `glob('**')` walks.
_MAX_GLOB_DEPTH = 100


def _rt() -> Runtime:
    return CURRENT.get()


def _parts(args: tuple[Any, ...]) -> list[str]:
    return [fspath(a) for a in args]


class PurePosixPath:
    """`pathlib.PurePosixPath`: path arithmetic, no file system access."""

    __slots__ = ("_p",)
    _p: pathlib.PurePosixPath

    def __init__(self, *args: Any) -> None:
        self._p = pathlib.PurePosixPath(*_parts(args))

    def _new(self, p: pathlib.PurePosixPath) -> Any:
        obj = object.__new__(type(self))
        obj._p = p
        return obj

    # -- text forms ---------------------------------------------------------------------
    def __str__(self) -> str:
        return str(self._p)

    def __fspath__(self) -> str:
        return str(self._p)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self._p)!r})"

    def as_posix(self) -> str:
        """The path with forward slashes."""
        return self._p.as_posix()

    def as_uri(self) -> str:
        """The path as a `file://` URI (it must be absolute)."""
        if not self._p.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + urllib.parse.quote_from_bytes(str(self._p).encode(), safe="/")

    # -- comparisons --------------------------------------------------------------------
    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._p == other._p

    def __hash__(self) -> int:
        return hash(self._p)

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._p < other._p

    def __le__(self, other: Any) -> bool:
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._p <= other._p

    def __gt__(self, other: Any) -> bool:
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._p > other._p

    def __ge__(self, other: Any) -> bool:
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._p >= other._p

    # -- parts --------------------------------------------------------------------------
    @property
    def parts(self) -> tuple[str, ...]:
        """The components, `'/'` first for an absolute path."""
        return self._p.parts

    @property
    def drive(self) -> str:
        """Always `''` on POSIX."""
        return self._p.drive

    @property
    def root(self) -> str:
        """`'/'` for an absolute path, else `''`."""
        return self._p.root

    @property
    def anchor(self) -> str:
        """Drive and root."""
        return self._p.anchor

    @property
    def name(self) -> str:
        """The final component."""
        return self._p.name

    @property
    def suffix(self) -> str:
        """The final component's extension."""
        return self._p.suffix

    @property
    def suffixes(self) -> list[str]:
        """The final component's extensions."""
        return self._p.suffixes

    @property
    def stem(self) -> str:
        """The final component without its suffix."""
        return self._p.stem

    @property
    def parent(self) -> Any:
        """The logical parent."""
        return self._new(self._p.parent)

    @property
    def parents(self) -> tuple[Any, ...]:
        """The logical ancestors, nearest first."""
        return tuple(self._new(p) for p in self._p.parents)

    # -- deriving paths -----------------------------------------------------------------
    def __truediv__(self, other: Any) -> Any:
        try:
            return self._new(self._p / fspath(other))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, other: Any) -> Any:
        try:
            return self._new(fspath(other) / self._p)
        except TypeError:
            return NotImplemented

    def joinpath(self, *others: Any) -> Any:
        """This path joined with `others`."""
        return self._new(self._p.joinpath(*_parts(others)))

    def with_name(self, name: Any) -> Any:
        """This path with its final component replaced."""
        return self._new(self._p.with_name(name))

    def with_stem(self, stem: Any) -> Any:
        """This path with its stem replaced."""
        return self._new(self._p.with_stem(stem))

    def with_suffix(self, suffix: Any) -> Any:
        """This path with its suffix replaced (or removed, with `''`)."""
        return self._new(self._p.with_suffix(suffix))

    def relative_to(self, *other: Any) -> Any:
        """This path relative to `other` (ValueError when it is not below it)."""
        return self._new(self._p.relative_to(*_parts(other)))

    def is_relative_to(self, *other: Any) -> bool:
        """Whether this path is below `other`."""
        try:
            self._p.relative_to(*_parts(other))
        except ValueError:
            return False
        return True

    def is_absolute(self) -> bool:
        """Whether the path starts at the root."""
        return self._p.is_absolute()

    def is_reserved(self) -> bool:
        """Never, on POSIX."""
        return False

    def match(self, pattern: Any) -> bool:
        """Whether the path matches the glob-style `pattern` (from the right)."""
        return self._p.match(fspath(pattern))


class PosixPath(PurePosixPath):
    """`pathlib.PosixPath` (`Path`): a path whose I/O goes through the run's OS access."""

    __slots__ = ()

    @classmethod
    def cwd(cls) -> Any:
        """The working directory: always `/` in the sandbox."""
        return cls("/")

    @classmethod
    def home(cls) -> Any:
        """The home directory: `/` in the sandbox."""
        return cls("/")

    def _where(self) -> str:
        return posixpath.normpath(posixpath.join("/", str(self._p)))

    def absolute(self) -> Any:
        """The path made absolute (relative paths start at `/`)."""
        return self._new(pathlib.PurePosixPath("/", self._p))

    def resolve(self, strict: Any = False) -> Any:
        """The absolute path with `.` and `..` resolved."""
        path = self._new(pathlib.PurePosixPath(self._where()))
        if strict and not path.exists():
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return path

    def expanduser(self) -> Any:
        """The path itself (there is no `~` in the sandbox)."""
        return self

    # -- queries ------------------------------------------------------------------------
    def exists(self) -> bool:
        """Whether the path names a file or a directory."""
        return bool(_rt().os_call("exists", self._where()))

    def is_file(self) -> bool:
        """Whether the path names a file."""
        return bool(_rt().os_call("is_file", self._where()))

    def is_dir(self) -> bool:
        """Whether the path names a directory."""
        return bool(_rt().os_call("is_dir", self._where()))

    def is_symlink(self) -> bool:
        """Never: the sandbox sees no symlinks."""
        return False

    def stat(self) -> Any:
        """Size, mode and modification time (`os.stat_result`)."""
        return make_stat(_rt().os_call("stat", self._where()))

    def iterdir(self) -> Iterator[Any]:
        """The entries of this directory."""
        names = _rt().os_call("listdir", self._where())
        return iter([self._new(self._p / name) for name in names])

    def glob(self, pattern: Any) -> Iterator[Any]:
        """The paths below this one matching `pattern` (`*`, `?`, `[...]`, `**`)."""
        pattern = fspath(pattern)
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if pattern.startswith("/"):
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = [p for p in pattern.split("/") if p not in ("", ".")]
        return iter(_glob(_rt(), self, parts, 0))

    def rglob(self, pattern: Any) -> Iterator[Any]:
        """`glob('**/' + pattern)`."""
        return self.glob("**/" + fspath(pattern))

    # -- reading and writing ------------------------------------------------------------
    def read_bytes(self) -> bytes:
        """The file's content."""
        return _read(self._where())

    def read_text(self, encoding: Any = None, errors: Any = None) -> str:
        """The file's content decoded (UTF-8 by default), newlines translated."""
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data: Any) -> int:
        """Replace the file's content with `data`."""
        view = bytes(memoryview(data))
        _rt().os_call("write_bytes", self._where(), view, False)
        return len(view)

    def write_text(
        self, data: Any, encoding: Any = None, errors: Any = None, newline: Any = None
    ) -> int:
        """Replace the file's content with `data` encoded (UTF-8 by default)."""
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {type(data).__name__}")
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def open(
        self,
        mode: Any = "r",
        buffering: Any = -1,
        encoding: Any = None,
        errors: Any = None,
        newline: Any = None,
    ) -> Any:
        """Open the file (see the sandbox's `open`)."""
        from .os_files import open_file

        return open_file(self._where(), mode, encoding, errors, newline, str(self))

    def touch(self, mode: Any = 0o666, exist_ok: Any = True) -> None:
        """Create the file if it does not exist."""
        rt = _rt()
        where = self._where()
        if rt.os_call("exists", where):
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        rt.os_call("write_bytes", where, b"", True)

    def mkdir(self, mode: Any = 0o777, parents: Any = False, exist_ok: Any = False) -> None:
        """Create this directory."""
        _rt().os_call("mkdir", self._where(), bool(parents), bool(exist_ok))

    def unlink(self, missing_ok: Any = False) -> None:
        """Delete this file."""
        try:
            _rt().os_call("unlink", self._where())
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self) -> None:
        """Delete this (empty) directory."""
        _rt().os_call("rmdir", self._where())

    def rename(self, target: Any) -> Any:
        """Move this file or directory to `target`; the new path."""
        new = type(self)(target)
        _rt().os_call("rename", self._where(), new._where())
        return new

    def replace(self, target: Any) -> Any:
        """`rename`, replacing `target` if it exists."""
        return self.rename(target)


def _read(where: str) -> bytes:
    rt = _rt()
    data = rt.os_call("read_bytes", where)
    if not isinstance(data, bytes):
        raise TypeError("the host answered a read with something other than bytes")
    rt.allocate(len(data))
    return data


def _glob(rt: Runtime, base: PosixPath, parts: list[str], depth: int) -> list[Any]:
    """The paths below `base` matching the pattern `parts` (one per path level)."""
    if not parts:
        return [base]
    if depth > _MAX_GLOB_DEPTH:
        raise RecursionError("glob() pattern walks deeper than the sandbox allows")
    head, rest = parts[0], parts[1:]
    found: list[Any] = []
    if head == "**":
        found.extend(_glob(rt, base, rest, depth + 1) if rest else [base])
        for child in _children(rt, base):
            rt.slow_tick()
            if child.is_dir():
                found.extend(_glob(rt, child, parts, depth + 1))
        return found
    if not any(c in head for c in "*?["):
        child = base / head
        if rest:
            return _glob(rt, child, rest, depth + 1) if child.is_dir() else []
        return [child] if child.exists() else []
    for child in _children(rt, base):
        rt.slow_tick()
        if pathlib.PurePosixPath(child.name).match(head) and (not rest or child.is_dir()):
            found.extend(_glob(rt, child, rest, depth + 1) if rest else [child])
    return found


def _children(rt: Runtime, base: PosixPath) -> list[PosixPath]:
    try:
        return list(base.iterdir())
    except (NotADirectoryError, FileNotFoundError, PermissionError):
        return []


_PURE = (
    "parts drive root anchor name suffix suffixes stem parent parents joinpath with_name "
    "with_stem with_suffix relative_to is_relative_to is_absolute is_reserved match "
    "as_posix as_uri"
)
_IO = (
    "cwd home absolute resolve expanduser exists is_file is_dir is_symlink stat iterdir "
    "glob rglob read_bytes read_text write_bytes write_text open touch mkdir unlink rmdir "
    "rename replace"
)
register_host_type(PurePosixPath, _PURE)
register_host_type(PosixPath, _IO)
for _cls in (PurePosixPath, PosixPath):
    _cls.__module__ = "pathlib"


@register("pathlib")
def _pathlib(rt: Runtime) -> dict[str, Any]:
    return {
        "PurePath": PurePosixPath,
        "PurePosixPath": PurePosixPath,
        "Path": PosixPath,
        "PosixPath": PosixPath,
    }
