# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false
"""Sandbox `os` and `os.path`: the file system and environment the host grants, nothing else.

Every operation that touches the OS is an external call named `os.<op>` (`os.read_bytes`,
`os.listdir`, `os.getenv`...) made through `Runtime.os_call`: the host answers it from the
run's OS access (`monty_agent.OSAccess`), a stepping host sees it as a call to answer, and
sessions journal it like any tool call. With no OS access granted the host refuses file
calls with `PermissionError` and reports no environment variables.

Provided: `getenv`, `environ` (a mapping read through the host; writes stay in the run),
`listdir`, `scandir`-free `walk`, `stat`, `mkdir`, `makedirs`, `remove`/`unlink`, `rmdir`,
`rename`/`replace`, `getcwd` (always `/`), `fspath`, `sep`, `linesep`, `curdir`, `pardir`,
`extsep`, `name` (`'posix'`), `PathLike`, `stat_result`. `os.path`: the pure functions of
`posixpath` (`join`, `split`, `splitext`, `basename`, `dirname`, `normpath`, `isabs`,
`commonpath`, `commonprefix`, `normcase`), and the ones that would read the host's state
reimplemented over the virtual file system (`exists`, `isfile`, `isdir`, `getsize`,
`getmtime`, `abspath`, `realpath`, `relpath`, `expanduser`, `islink`, `lexists`).

Review notes: nothing here imports or calls the host's `os` functions. `posixpath.abspath`,
`realpath`, `relpath` (through `abspath`), `expanduser` and `expandvars` read the host's
working directory, file system, home or environment, so they are reimplemented (the
working directory is `/`, nothing is a symlink, `~` is left as it is, `expandvars` is left
out). Paths given to the host are plain `str` (a sandbox `__fspath__` runs here, in sandbox
code, and its result is checked). Left out: `system`, `popen`, `exec*`, `spawn*`, `fork`,
`kill`, `open`/`read`/`write` on descriptors, `chdir`, `chmod`, `chown`, `symlink`, `link`,
`putenv`/`unsetenv` (host-wide state), `urandom` (use `secrets`-free `random`), `getpid`
and the other process queries.
"""

from __future__ import annotations

import abc
import os
import posixpath
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..execute.runtime import CURRENT
from ..policy import register_host_type
from . import ALLOWED_BASES, register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["fspath", "stat_result"]

register_host_type(
    os.stat_result,
    "st_mode st_ino st_dev st_nlink st_uid st_gid st_size st_atime st_mtime st_ctime "
    "n_fields n_sequence_fields n_unnamed_fields count index",
)
stat_result = os.stat_result


def fspath(path: Any) -> str:
    """`os.fspath` for the sandbox: a `str` path, from a `str` or an object with
    `__fspath__` (bytes paths are not supported: the virtual file system is text)."""
    if isinstance(path, str):
        return str.__str__(path)
    if isinstance(path, bytes | bytearray):
        raise TypeError("bytes paths are not supported in the sandbox")
    from .pathlib_module import PurePosixPath

    if isinstance(path, PurePosixPath):
        return str(path)
    method = _sandbox_fspath(type(path))
    if method is None:
        raise TypeError(
            f"expected str, bytes or os.PathLike object, not {type(path).__name__}"
        ) from None
    result = method(path)
    if not isinstance(result, str):
        raise TypeError(
            f"expected {type(path).__name__}.__fspath__() to return str or bytes, not {type(result).__name__}"
        )
    return str.__str__(result)


def _sandbox_fspath(cls: type) -> Any:
    """The `__fspath__` a sandbox class defines (host classes' are never called)."""
    classes = CURRENT.get().policy.sandbox_classes
    for klass in cls.__mro__:
        if klass in classes and "__fspath__" in klass.__dict__:
            return klass.__dict__["__fspath__"]
    return None


def _abspath(path: str) -> str:
    return posixpath.normpath(posixpath.join("/", path))


def make_stat(info: Any) -> os.stat_result:
    """An `os.stat_result` from the host's answer to `os.stat` (a dict of plain values)."""
    if not isinstance(info, dict):
        raise TypeError("the host answered os.stat with something other than a dict")
    mode = int(info.get("st_mode", 0))
    size = int(info.get("st_size", 0))
    mtime = float(info.get("st_mtime", 0.0))
    return os.stat_result((mode, 0, 0, 1, 0, 0, size, mtime, mtime, mtime))


class PathLike(abc.ABC):
    """`os.PathLike`: the abstract class of objects with `__fspath__` (sandbox classes may
    derive from it, as from CPython's)."""

    __slots__ = ()

    @abc.abstractmethod
    def __fspath__(self) -> str:
        """The path as a string."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, other: type) -> bool:
        if cls is PathLike:
            return any("__fspath__" in klass.__dict__ for klass in other.__mro__)
        return NotImplemented  # pyright: ignore[reportReturnType]


ALLOWED_BASES.add(PathLike)


class Environ:
    """`os.environ`: reads go to the host's OS access; writes and deletions stay in the run."""

    __slots__ = ("_local",)

    def __init__(self) -> None:
        #: names set (a str) or deleted (None) by the run
        self._local: dict[str, str | None] = {}

    def _lookup(self, key: Any) -> str | None:
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if key in self._local:
            return self._local[key]
        value = CURRENT.get().os_call("getenv", str.__str__(key))
        return value if isinstance(value, str) else None

    def __getitem__(self, key: Any) -> str:
        value = self._lookup(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: Any, default: Any = None) -> Any:
        """The value of `key`, or `default`."""
        value = self._lookup(key)
        return default if value is None else value

    def __contains__(self, key: Any) -> bool:
        return isinstance(key, str) and self._lookup(key) is not None

    def __setitem__(self, key: Any, value: Any) -> None:
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        self._local[str.__str__(key)] = str.__str__(value)

    def __delitem__(self, key: Any) -> None:
        if self._lookup(key) is None:
            raise KeyError(key)
        self._local[key] = None

    def setdefault(self, key: Any, default: Any) -> str:
        """The value of `key`, set to `default` first when it has none."""
        value = self._lookup(key)
        if value is None:
            self[key] = default
            return default
        return value

    def pop(self, key: Any, *default: Any) -> Any:
        """Remove `key` (for this run) and return its value."""
        value = self._lookup(key)
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        self._local[key] = None
        return value

    def _names(self) -> list[str]:
        names = CURRENT.get().os_call("environ_names")
        found = [n for n in names if isinstance(n, str) and self._local.get(n, "") is not None]
        found += [n for n, v in self._local.items() if v is not None and n not in found]
        return found

    def keys(self) -> list[str]:
        """The names set (those the host lists, plus the run's own)."""
        return self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())

    def items(self) -> list[tuple[str, str]]:
        """`(name, value)` pairs."""
        return [(n, self[n]) for n in self._names()]

    def values(self) -> list[str]:
        """The values."""
        return [self[n] for n in self._names()]

    def copy(self) -> dict[str, str]:
        """A plain dict of the environment."""
        return dict(self.items())

    def __repr__(self) -> str:
        return f"environ({self.copy()!r})"


register_host_type(Environ, "get setdefault pop keys items values copy")
Environ.__module__ = "os"
Environ.__name__ = Environ.__qualname__ = "_Environ"
PathLike.__module__ = "os"


def _walk(rt: Runtime, top: str, topdown: bool) -> Iterator[tuple[str, list[str], list[str]]]:
    try:
        names = rt.os_call("listdir", top)
    except OSError:
        return
    dirs: list[str] = []
    files: list[str] = []
    for name in names:
        rt.slow_tick()
        (dirs if rt.os_call("is_dir", posixpath.join(top, name)) else files).append(name)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            yield from _walk(rt, posixpath.join(top, name), topdown)
    else:
        for name in dirs:
            yield from _walk(rt, posixpath.join(top, name), topdown)
        yield top, dirs, files


@register("os.path")
def _os_path(rt: Runtime) -> dict[str, Any]:
    def query(name: str, operation: str) -> Any:
        """`os.path.exists`/`isfile`/`isdir`: False, as in CPython, when the path is invalid
        or the host refuses it."""

        def ask(path: Any) -> bool:
            try:
                return bool(rt.os_call(operation, fspath(path)))
            except (OSError, ValueError):
                return False

        ask.__name__ = ask.__qualname__ = name
        return ask

    exists = query("exists", "exists")
    isfile = query("isfile", "is_file")
    isdir = query("isdir", "is_dir")

    def getsize(path: Any) -> int:
        return make_stat(rt.os_call("stat", fspath(path))).st_size

    def getmtime(path: Any) -> float:
        return make_stat(rt.os_call("stat", fspath(path))).st_mtime

    def abspath(path: Any) -> str:
        return _abspath(fspath(path))

    def relpath(path: Any, start: Any = None) -> str:
        target = fspath(path)
        if not target:
            raise ValueError("no path specified")
        origin = "/" if start is None else fspath(start)
        return posixpath.relpath(_abspath(target), _abspath(origin))

    def expanduser(path: Any) -> str:
        return fspath(path)

    def islink(path: Any) -> bool:
        fspath(path)
        return False

    def pure(name: str) -> Any:
        fn = getattr(posixpath, name)

        def call(*args: Any) -> Any:
            return fn(*[fspath(a) for a in args])

        call.__name__ = call.__qualname__ = name
        return call

    def commonpath(paths: Any) -> str:
        return posixpath.commonpath([fspath(p) for p in rt.ticking(paths)])

    def commonprefix(paths: Any) -> Any:
        return posixpath.commonprefix([fspath(p) for p in rt.ticking(paths)])

    functions: dict[str, Any] = {
        name: pure(name)
        for name in ("join", "split", "splitext", "basename", "dirname", "normpath", "isabs")
    }
    functions["normcase"] = pure("normcase")
    functions.update(
        exists=exists,
        lexists=exists,
        isfile=isfile,
        isdir=isdir,
        getsize=getsize,
        getmtime=getmtime,
        abspath=abspath,
        realpath=abspath,
        relpath=relpath,
        expanduser=expanduser,
        islink=islink,
        commonpath=commonpath,
        commonprefix=commonprefix,
        sep="/",
        curdir=".",
        pardir="..",
        extsep=".",
        altsep=None,
        pathsep=":",
        defpath="/bin:/usr/bin",
        devnull="/dev/null",
        supports_unicode_filenames=False,
    )
    return functions


@register("os")
def _os(rt: Runtime) -> dict[str, Any]:
    from ..policy import SandboxModule

    def getenv(key: Any, default: Any = None) -> Any:
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        return environ.get(key, default)

    def listdir(path: Any = ".") -> list[str]:
        return list(rt.os_call("listdir", _abspath(fspath(path))))

    def stat(path: Any) -> os.stat_result:
        return make_stat(rt.os_call("stat", fspath(path)))

    def mkdir(path: Any, mode: Any = 0o777) -> None:
        rt.os_call("mkdir", fspath(path), False, False)

    def makedirs(name: Any, mode: Any = 0o777, exist_ok: Any = False) -> None:
        rt.os_call("mkdir", fspath(name), True, bool(exist_ok))

    def remove(path: Any) -> None:
        rt.os_call("unlink", fspath(path))

    def rmdir(path: Any) -> None:
        rt.os_call("rmdir", fspath(path))

    def rename(src: Any, dst: Any) -> None:
        rt.os_call("rename", fspath(src), fspath(dst))

    def getcwd() -> str:
        return "/"

    def walk(
        top: Any, topdown: Any = True, onerror: Any = None, followlinks: Any = False
    ) -> Iterator[tuple[str, list[str], list[str]]]:
        return _walk(rt, fspath(top), bool(topdown))

    environ = Environ()
    path_module = SandboxModule("os.path", _os_path(rt))
    rt.modules["os.path"] = path_module
    return {
        "getenv": getenv,
        "environ": environ,
        "listdir": listdir,
        "stat": stat,
        "lstat": stat,
        "mkdir": mkdir,
        "makedirs": makedirs,
        "remove": remove,
        "unlink": remove,
        "rmdir": rmdir,
        "rename": rename,
        "replace": rename,
        "getcwd": getcwd,
        "walk": walk,
        "fspath": fspath,
        "PathLike": PathLike,
        "stat_result": os.stat_result,
        "path": path_module,
        "sep": "/",
        "altsep": None,
        "linesep": "\n",
        "curdir": ".",
        "pardir": "..",
        "extsep": ".",
        "pathsep": ":",
        "devnull": "/dev/null",
        "name": "posix",
        "SEEK_SET": os.SEEK_SET,
        "SEEK_CUR": os.SEEK_CUR,
        "SEEK_END": os.SEEK_END,
        "F_OK": os.F_OK,
        "R_OK": os.R_OK,
        "W_OK": os.W_OK,
        "X_OK": os.X_OK,
    }
