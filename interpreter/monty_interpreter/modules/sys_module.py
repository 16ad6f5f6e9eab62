"""`sys` for the sandbox: a safe subset.

Provided: `maxsize`, `maxunicode`, `byteorder`, `version_info`, `hexversion`, `version` (a fixed
string naming the Python version and the sandbox, never the host's build), `float_info`,
`int_info`, `hash_info`, `float_repr_style`, `argv` (`[]`), `stdout`/`stderr` (their `write`
goes to the run's print callback, counted against the output limit), `getrecursionlimit`
(the run's `max_recursion_depth`), `setrecursionlimit` (checks its argument like CPython
and is remembered for `getrecursionlimit`, but the run's limit stays the one in force),
`exit` (raises `SystemExit` as CPython does; the run ends with it as an error), `exc_info`
and `exception` (the traceback is always None: tracebacks lead to frames), `getsizeof`,
`get_int_max_str_digits`.

Left out on purpose: `modules`, `path`, `meta_path`, `_getframe`, `settrace`, `setprofile`,
`executable`, `prefix`, `flags`, `implementation`, `platform` (the host's OS is none of the
program's business and there is no OS access to adapt to), `set_int_max_str_digits` (host-wide
state), `stdin`, `displayhook`/`excepthook`, `audit`, `intern`.
"""

from __future__ import annotations

import operator
import sys
from typing import TYPE_CHECKING, Any

from ..policy import register_host_type
from . import register

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

_VERSION = "{}.{}.{} (monty-agent sandbox)".format(*sys.version_info[:3])


class SandboxStream:
    """`sys.stdout` / `sys.stderr`: text written goes to the run's print callback."""

    __slots__ = ("_name", "_rt")

    def __init__(self, rt: Runtime, name: str) -> None:
        self._rt = rt
        self._name = name

    @property
    def name(self) -> str:
        """`'<stdout>'` or `'<stderr>'`, as CPython names them."""
        return f"<{self._name}>"

    def write(self, text: Any, /) -> int:
        """Write `text` (a str, as `io.TextIOWrapper.write` requires)."""
        if type(text) is not str:
            if not isinstance(text, str):
                raise TypeError(f"write() argument must be str, not {type(text).__name__}")
            text = str.__str__(text)
        self._rt.output(self._name, text)
        return len(text)

    def writelines(self, lines: Any, /) -> None:
        """Write each string of `lines`."""
        for line in self._rt.ticking(lines):
            self.write(line)

    def flush(self) -> None:
        """Nothing to flush: output is handed over as it is written."""

    def isatty(self) -> bool:
        """Never a terminal."""
        return False

    def writable(self) -> bool:
        """Always writable."""
        return True

    def __repr__(self) -> str:
        return f"<_io.TextIOWrapper name='{self.name}' mode='w' encoding='utf-8'>"


register_host_type(SandboxStream, "write writelines flush isatty writable name")
for _info in (sys.version_info, sys.float_info, sys.int_info, sys.hash_info):
    _tp = type(_info)
    register_host_type(
        _tp,
        {n for n in dir(_tp) if not n.startswith("_")} | {"count", "index"},
    )


@register("sys")
def _sys(rt: Runtime) -> dict[str, Any]:
    limit = [rt.tracker.max_recursion_depth or 1000]

    def getrecursionlimit() -> int:
        return limit[0]

    def setrecursionlimit(n: Any, /) -> None:
        n = operator.index(n)
        if n < 1:
            raise ValueError("recursion limit must be greater or equal than 1")
        limit[0] = n

    def exit(status: Any = None, /) -> None:
        raise SystemExit(status)

    def exc_info() -> tuple[Any, Any, None]:
        exc = sys.exc_info()[1]
        if exc is None:
            return (None, None, None)
        return (rt.proxy_of(type(exc)), exc, None)

    def exception() -> BaseException | None:
        return sys.exc_info()[1]

    def getsizeof(obj: Any, default: Any = None) -> int:
        if default is None:
            return sys.getsizeof(obj)
        return sys.getsizeof(obj, default)

    return {
        "maxsize": sys.maxsize,
        "maxunicode": sys.maxunicode,
        "byteorder": sys.byteorder,
        "version_info": sys.version_info,
        "hexversion": sys.hexversion,
        "version": _VERSION,
        "float_info": sys.float_info,
        "int_info": sys.int_info,
        "hash_info": sys.hash_info,
        "float_repr_style": sys.float_repr_style,
        "argv": [],
        "stdout": SandboxStream(rt, "stdout"),
        "stderr": SandboxStream(rt, "stderr"),
        "getrecursionlimit": getrecursionlimit,
        "setrecursionlimit": setrecursionlimit,
        "exit": exit,
        "exc_info": exc_info,
        "exception": exception,
        "getsizeof": getsizeof,
        "get_int_max_str_digits": sys.get_int_max_str_digits,
    }
