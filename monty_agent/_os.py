"""`OSAccess`: what of the host's OS a run may see, and the virtual file system behind it.

Nothing of the host's OS is reachable by default. A host grants access with
`OSAccess(files=[MemoryFile(...)], environ={...}, mounts=[MountDir(...)])`:

- `MemoryFile(path, content)`: a file that lives only in memory, private to each run.
- `MountDir(virtual_path, host_path, mode)`: a host directory seen under `virtual_path`.
  `'read-only'` refuses writes, `'read-write'` writes through to the host, `'overlay'` keeps
  the run's writes in memory (the run sees them; the host directory never changes).
- `environ`: a dict, or a callback answering one name at a time (None: not set).

Paths are virtual POSIX paths, relative ones taken from `/`. `..` is resolved before a path
is matched to a mount, so it cannot climb out of one; inside a mount, the host path is
resolved with symlinks followed and must stay inside the mount's directory, so a symlink
pointing out is refused like a missing file would not be: with `PermissionError`. Reads
and writes are capped (`max_read_bytes`, `max_write_bytes`).

`VirtualFS` is one run's view: `OSAccess.open_run()` makes a fresh one, so what one run
writes to memory files or overlays is never seen by another.
"""

from __future__ import annotations

import errno
import os
import posixpath
import stat as stat_module
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ._os_calls import OSCall

__all__ = ["MemoryFile", "MountDir", "OSAccess", "VirtualFS"]

MountMode = Literal["read-only", "read-write", "overlay"]
Environ = Mapping[str, str] | Callable[[str], "str | None"]

#: Default cap on one read and on one write, in bytes.
DEFAULT_IO_LIMIT = 10 * 1024 * 1024


@dataclass(frozen=True)
class MemoryFile:
    """A file that exists only in memory, at virtual `path`."""

    path: str
    content: str | bytes
    permissions: int = 0o644

    def data(self) -> bytes:
        """The content as bytes (text is stored as UTF-8)."""
        return self.content.encode() if isinstance(self.content, str) else self.content


@dataclass(frozen=True)
class MountDir:
    """The host directory `host_path`, seen by the sandbox at `virtual_path`."""

    virtual_path: str
    host_path: str | Path
    mode: MountMode = "read-only"

    def __post_init__(self) -> None:
        if self.mode not in ("read-only", "read-write", "overlay"):
            raise ValueError(
                f"MountDir mode must be 'read-only', 'read-write' or 'overlay', not {self.mode!r}"
            )
        if not Path(self.host_path).is_dir():
            raise ValueError(f"MountDir host_path {str(self.host_path)!r} is not a directory")


@dataclass(frozen=True)
class OSAccess:
    """What a run may reach of the host's OS (see the module docstring)."""

    files: Sequence[MemoryFile] = ()
    environ: Environ | None = None
    mounts: Sequence[MountDir] = ()
    max_read_bytes: int = DEFAULT_IO_LIMIT
    max_write_bytes: int = DEFAULT_IO_LIMIT
    clock: datetime | float | Callable[[], datetime | float] | None = None
    """None: the host's clock. A `datetime` or epoch seconds: time frozen there (skipped
    sleeps still move it on). A callable: asked at every reading."""
    random_seed: int | None = None
    """None: the host's entropy seeds `random` and `uuid4`. An int: the same draws every run."""
    sleep: Literal["real", "skip"] | float = "real"
    """`'real'`: sleeps wait. `'skip'`: they return at once and move the run's clocks on.
    A number: each sleep waits at most that many seconds, the rest is skipped."""
    handler: Callable[[OSCall], Any] | None = None
    """Answers any OS call first (sync or async); returning `NotImplemented` declines it
    and the call goes to `files`, `mounts` and `environ`."""
    _mounts: dict[str, MountDir] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not (self.sleep in ("real", "skip") or _non_negative(self.sleep)):
            raise ValueError(
                f"OSAccess sleep must be 'real', 'skip' or seconds >= 0, not {self.sleep!r}"
            )
        mounts: dict[str, MountDir] = {}
        for mount in self.mounts:
            where = normalize(mount.virtual_path)
            if where in mounts:
                raise ValueError(f"two mounts at {where!r}")
            mounts[where] = mount
        hosts = [os.path.realpath(m.host_path) for m in self.mounts]
        for i, a in enumerate(hosts):
            for b in hosts[i + 1 :]:
                if a == b or _inside(a, b) or _inside(b, a):
                    raise ValueError(f"mounts overlap on the host: {a!r} and {b!r}")
        object.__setattr__(self, "_mounts", mounts)

    def getenv(self, name: str) -> str | None:
        """The value the run sees for environment variable `name` (None: not set)."""
        if self.environ is None:
            return None
        value = self.environ(name) if callable(self.environ) else self.environ.get(name)
        if value is not None and not isinstance(value, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise TypeError(f"the environ callback returned {type(value).__name__} for {name!r}")
        return value

    def environ_names(self) -> list[str]:
        """The names a run sees in `os.environ` (none when `environ` is a callback)."""
        if self.environ is None or callable(self.environ):
            return []
        return sorted(self.environ)

    def open_run(self) -> VirtualFS:
        """A fresh view of the file system for one run."""
        return VirtualFS(self)


def granted_paths(access: OSAccess | None) -> list[str]:
    """The virtual paths `access` grants (mount points and memory files), for a prompt."""
    if access is None:
        return []
    mounts = [f"{normalize(m.virtual_path)}/ ({m.mode})" for m in access.mounts]
    return mounts + [normalize(f.path) for f in access.files]


def _non_negative(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0


def normalize(path: str) -> str:
    """`path` as an absolute, normalized virtual path (`..` resolved lexically)."""
    if not isinstance(path, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise TypeError(f"expected str, not {type(path).__name__}")
    if "\0" in path:
        raise ValueError("embedded null byte")
    joined = posixpath.join("/", path)
    normal = posixpath.normpath(joined)
    return "/" + normal.lstrip("/")


def _inside(path: str, root: str) -> bool:
    return path.startswith(root.rstrip("/") + "/")


def _error(kind: type[OSError], code: int, path: str) -> OSError:
    return kind(code, os.strerror(code), path)


class VirtualFS:
    """One run's file system: memory files, mounts, and the run's own writes."""

    def __init__(self, access: OSAccess) -> None:
        self.access = access
        #: memory files and overlay writes: virtual path -> content (None: deleted)
        self.files: dict[str, bytes | None] = {normalize(f.path): f.data() for f in access.files}
        #: directories created in memory (memory files' parents exist implicitly)
        self.dirs: set[str] = {"/"}

    # -- resolving --------------------------------------------------------------------
    def _mount(self, path: str) -> tuple[str, MountDir] | None:
        best: tuple[str, MountDir] | None = None
        for where, mount in self.access._mounts.items():  # pyright: ignore[reportPrivateUsage]
            if (path == where or _inside(path, where)) and (
                best is None or len(where) > len(best[0])
            ):
                best = (where, mount)
        return best

    def _host_path(self, path: str, where: str, mount: MountDir) -> str:
        """The host path of virtual `path` inside `mount`, symlinks resolved and checked."""
        root = os.path.realpath(mount.host_path)
        relative = path[len(where) :].lstrip("/")
        real = os.path.realpath(os.path.join(root, relative))
        if real != root and not _inside(real, root):
            raise _error(PermissionError, errno.EACCES, path)
        return real

    def _memory_dir(self, path: str) -> bool:
        if path in self.dirs:
            return True
        prefix = path.rstrip("/") + "/"
        return any(p.startswith(prefix) and c is not None for p, c in self.files.items())

    # -- queries ----------------------------------------------------------------------
    def exists(self, path: str) -> bool:
        """Whether `path` names a file or a directory."""
        return self.is_file(path) or self.is_dir(path)

    def is_file(self, path: str) -> bool:
        """Whether `path` names a file."""
        path = normalize(path)
        if path in self.files:
            return self.files[path] is not None
        found = self._mount(path)
        if found is None:
            return False
        try:
            return os.path.isfile(self._host_path(path, *found))
        except PermissionError:
            return False

    def is_dir(self, path: str) -> bool:
        """Whether `path` names a directory."""
        path = normalize(path)
        if self._memory_dir(path):
            return True
        found = self._mount(path)
        if found is None:
            return False
        try:
            return os.path.isdir(self._host_path(path, *found))
        except PermissionError:
            return False

    def listdir(self, path: str) -> list[str]:
        """The names in directory `path`, sorted."""
        path = normalize(path)
        names: set[str] = set()
        found = self._mount(path)
        if found is not None:
            host = self._host_path(path, *found)
            if os.path.isdir(host):
                names.update(os.listdir(host))
            elif os.path.exists(host):
                raise _error(NotADirectoryError, errno.ENOTDIR, path)
            elif not self._memory_dir(path):
                raise _error(FileNotFoundError, errno.ENOENT, path)
        elif not self._memory_dir(path):
            if path in self.files and self.files[path] is not None:
                raise _error(NotADirectoryError, errno.ENOTDIR, path)
            raise _error(FileNotFoundError, errno.ENOENT, path)
        prefix = path.rstrip("/") + "/"
        for other, content in self.files.items():
            if other.startswith(prefix):
                name = other[len(prefix) :].split("/", 1)[0]
                if content is None and "/" not in other[len(prefix) :]:
                    names.discard(name)
                else:
                    names.add(name)
        for directory in self.dirs:
            if directory.startswith(prefix) and directory != path:
                names.add(directory[len(prefix) :].split("/", 1)[0])
        # mounts below this directory show up as its entries
        for where in self.access._mounts:  # pyright: ignore[reportPrivateUsage]
            if where.startswith(prefix):
                names.add(where[len(prefix) :].split("/", 1)[0])
        return sorted(names)

    def stat(self, path: str) -> dict[str, int | float | bool]:
        """Size, mode and modification time of `path`."""
        path = normalize(path)
        content = self.files.get(path)
        if content is not None:
            return {
                "st_size": len(content),
                "st_mode": stat_module.S_IFREG | 0o644,
                "st_mtime": 0.0,
            }
        if path in self.files:  # deleted in this run
            raise _error(FileNotFoundError, errno.ENOENT, path)
        found = self._mount(path)
        if found is not None:
            host = self._host_path(path, *found)
            try:
                st = os.stat(host)
            except FileNotFoundError:
                pass
            else:
                return {"st_size": st.st_size, "st_mode": st.st_mode, "st_mtime": st.st_mtime}
        if self._memory_dir(path):
            return {"st_size": 0, "st_mode": stat_module.S_IFDIR | 0o755, "st_mtime": 0.0}
        raise _error(FileNotFoundError, errno.ENOENT, path)

    # -- reading and writing --------------------------------------------------------
    def read_bytes(self, path: str) -> bytes:
        """The content of file `path` (at most `max_read_bytes`)."""
        path = normalize(path)
        limit = self.access.max_read_bytes
        if path in self.files:
            content = self.files[path]
            if content is None:
                raise _error(FileNotFoundError, errno.ENOENT, path)
            if len(content) > limit:
                raise _too_big("read", path, limit)
            return content
        found = self._mount(path)
        if found is None:
            if self._memory_dir(path):
                raise _error(IsADirectoryError, errno.EISDIR, path)
            raise _error(FileNotFoundError, errno.ENOENT, path)
        host = self._host_path(path, *found)
        if os.path.isdir(host):
            raise _error(IsADirectoryError, errno.EISDIR, path)
        try:
            with open(host, "rb") as f:
                data = f.read(limit + 1)
        except FileNotFoundError:
            raise _error(FileNotFoundError, errno.ENOENT, path) from None
        except PermissionError:
            raise _error(PermissionError, errno.EACCES, path) from None
        if len(data) > limit:
            raise _too_big("read", path, limit)
        return data

    def write_bytes(self, path: str, data: bytes, *, append: bool = False) -> int:
        """Write (or append) `data` to file `path`; the number of bytes written."""
        path = normalize(path)
        limit = self.access.max_write_bytes
        parent = posixpath.dirname(path)
        found = self._mount(path)
        if found is not None and found[1].mode != "overlay":
            where, mount = found
            if mount.mode == "read-only":
                raise _error(PermissionError, errno.EROFS, path)
            host = self._host_path(path, where, mount)
            if os.path.isdir(host):
                raise _error(IsADirectoryError, errno.EISDIR, path)
            if not os.path.isdir(os.path.dirname(host)):
                raise _error(FileNotFoundError, errno.ENOENT, path)
            size = (os.path.getsize(host) if append and os.path.isfile(host) else 0) + len(data)
            if size > limit:
                raise _too_big("write", path, limit)
            with open(host, "ab" if append else "wb") as f:
                return f.write(data)
        if self.is_dir(path):
            raise _error(IsADirectoryError, errno.EISDIR, path)
        if not self.is_dir(parent):
            raise _error(FileNotFoundError, errno.ENOENT, path)
        old = b""
        if append and self.is_file(path):
            old = self.read_bytes(path)
        if len(old) + len(data) > limit:
            raise _too_big("write", path, limit)
        self.files[path] = old + data
        return len(data)

    def mkdir(self, path: str, *, parents: bool = False, exist_ok: bool = False) -> None:
        """Create directory `path`."""
        path = normalize(path)
        if self.exists(path):
            if exist_ok and self.is_dir(path):
                return
            raise _error(FileExistsError, errno.EEXIST, path)
        parent = posixpath.dirname(path)
        if not self.is_dir(parent):
            if not parents:
                raise _error(FileNotFoundError, errno.ENOENT, path)
            self.mkdir(parent, parents=True, exist_ok=True)
        found = self._mount(path)
        if found is not None and found[1].mode != "overlay":
            if found[1].mode == "read-only":
                raise _error(PermissionError, errno.EROFS, path)
            os.mkdir(self._host_path(path, *found))
            return
        self.dirs.add(path)

    def unlink(self, path: str) -> None:
        """Delete file `path`."""
        path = normalize(path)
        if not self.exists(path):
            raise _error(FileNotFoundError, errno.ENOENT, path)
        if self.is_dir(path):
            raise _error(IsADirectoryError, errno.EISDIR, path)
        found = self._mount(path)
        if found is not None and path not in self.files:
            where, mount = found
            if mount.mode == "read-only":
                raise _error(PermissionError, errno.EROFS, path)
            if mount.mode == "read-write":
                os.unlink(self._host_path(path, where, mount))
                return
        self.files[path] = None  # gone for this run (an overlay hides the host file)

    def rmdir(self, path: str) -> None:
        """Delete the empty directory `path`."""
        path = normalize(path)
        if not self.is_dir(path):
            if self.is_file(path):
                raise _error(NotADirectoryError, errno.ENOTDIR, path)
            raise _error(FileNotFoundError, errno.ENOENT, path)
        if path == "/" or path in self.access._mounts:  # pyright: ignore[reportPrivateUsage]
            raise _error(PermissionError, errno.EBUSY, path)
        if self.listdir(path):
            raise _error(OSError, errno.ENOTEMPTY, path)
        found = self._mount(path)
        if found is not None and found[1].mode != "overlay" and path not in self.dirs:
            if found[1].mode == "read-only":
                raise _error(PermissionError, errno.EROFS, path)
            os.rmdir(self._host_path(path, *found))
            return
        self.dirs.discard(path)

    def rename(self, path: str, target: str) -> None:
        """Move file `path` to `target` (replacing a file there)."""
        path, target = normalize(path), normalize(target)
        if self.is_dir(path):
            raise _error(IsADirectoryError, errno.EISDIR, path)
        source, dest = self._mount(path), self._mount(target)
        if (
            source is not None
            and dest is not None
            and source[0] == dest[0]
            and source[1].mode == "read-write"
            and path not in self.files
        ):
            host = self._host_path(path, *source)
            if not os.path.isfile(host):
                raise _error(FileNotFoundError, errno.ENOENT, path)
            os.replace(host, self._host_path(target, *dest))
            return
        data = self.read_bytes(path)
        self.write_bytes(target, data)
        self.unlink(path)


def _too_big(what: str, path: str, limit: int) -> OSError:
    return OSError(errno.EFBIG, f"the sandbox may {what} at most {limit} bytes at once", path)
