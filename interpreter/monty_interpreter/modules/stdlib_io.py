# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false
"""Sandbox modules for in-memory data: `io` (StringIO, BytesIO), `csv`, `copy`, `heapq`,
`bisect`.

Review notes:

* `io`: only `StringIO` and `BytesIO`, as thin wrappers (`__slots__`, the real buffer in a
  slot the policy never allows) around CPython's: no file system (`open`, `FileIO`), no
  `buffer`/`fileno`/`detach`/`getbuffer` (a memoryview). A write past the end pads the
  buffer in one C call (`seek(10**12); write('x')`), and `StringIO` keeps 4 bytes a
  character: big writes and gaps report their size first. `writelines`/`readlines` on big
  buffers loop in Python (the watchdog can stop them) instead of in C. Sandbox classes may
  subclass them: the buffer slot stays unreadable and unwritable.
* `csv`: `reader` is CPython's C reader fed by a generator that ticks and reports the size
  a long line splits into (a line of commas is a list of many strings); fields are capped
  by CPython's `field_size_limit`. `writer` is a wrapper: rows from lazy iterables tick,
  fields that are not plain text are size-checked before CPython calls `str` on them (a
  shared-list DAG would expand in C), the output goes through the `write` the policy
  allows on the file. `DictReader`/`DictWriter` are CPython's code over these. Left out:
  `field_size_limit`, `register_dialect`/`unregister_dialect` (process-wide state shared
  between runs), `Sniffer` (host regular expressions with backreferences over the data).
* `copy`: reimplemented. CPython's copies objects through `__reduce_ex__`, whose result
  (a callable, its arguments, a state applied with `setattr`) would let sandbox values
  write into host objects. Here: builtin containers (and `deque`, `OrderedDict`,
  `defaultdict`, `Counter`, `ChainMap`) are rebuilt directly; instances of sandbox
  classes through their own `__copy__`/`__deepcopy__` (sandbox code) or by rebuilding the
  instance from its class, `__dict__` and the slots sandbox classes declared; immutable
  values, classes and functions are returned as they are; any other host object is a
  `TypeError` ("cannot pickle"), as CPython says for most of them. Every container copied
  ticks and reports its size; the memo makes DAGs linear and cycles work; deep nesting
  ends in RecursionError.
* `heapq`: CPython's C functions (comparisons of sandbox objects run sandbox code, which
  ticks); `nlargest`/`nsmallest`/`merge` get ticking views of their iterables.
* `bisect`: CPython's C functions; `insort` on anything but a list inserts through the
  `insert` the policy allows.
"""

from __future__ import annotations

import bisect
import collections
import contextlib
import copy
import csv
import enum
import heapq
import io
import types
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..execute.runtime import CONCRETE, CURRENT
from ..execute.sizes import SMALL_INPUT, char_width, split_size
from ..names import is_class_proxy
from ..policy import SandboxModule, register_host_type
from . import register
from .re_module import Match, Pattern

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["BytesIO", "StringIO"]

#: Bytes one character takes in `io.StringIO`'s buffer (it stores UCS-4).
_STRINGIO_CHAR = 4


def _current() -> Runtime:
    """The run executing now (wrappers may be created by one run's module and kept)."""
    return CURRENT.get()


# -- io -----------------------------------------------------------------------------------


class _Buffer:
    """What `StringIO` and `BytesIO` share: the wrapped CPython object and its guards."""

    __slots__ = ("_io",)
    _io: Any
    _width = 1

    def _report_write(self, size: int) -> None:
        """Report the memory a write of `size` items at the current position takes (the
        gap up to it, when the position is past the end, is filled too)."""
        f = self._io
        pos = f.tell()
        if size <= SMALL_INPUT and pos <= SMALL_INPUT:
            return
        end = f.seek(0, 2)
        f.seek(pos)
        grow = max(pos - end, 0) + size
        if grow > SMALL_INPUT:
            _current().allocate(grow * self._width)

    def _remaining(self) -> int:
        """Items between the position and the end."""
        f = self._io
        pos = f.tell()
        end = f.seek(0, 2)
        f.seek(pos)
        return max(end - pos, 0)

    def getvalue(self) -> Any:
        return self._io.getvalue()

    def read(self, size: Any = -1, /) -> Any:
        return self._io.read(size)

    def readline(self, size: Any = -1, /) -> Any:
        return self._io.readline(size)

    def readlines(self, hint: Any = -1, /) -> list[Any]:
        if self._remaining() <= SMALL_INPUT:
            return self._io.readlines(hint)
        # one line at a time: a buffer of newlines would be a huge list in one C call
        hint = -1 if hint is None else hint.__index__()
        lines: list[Any] = []
        total = 0
        while line := self._io.readline():
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def write(self, data: Any, /) -> int:
        if isinstance(data, str | bytes | bytearray):
            self._report_write(len(data))
        return self._io.write(data)

    def writelines(self, lines: Any, /) -> None:
        self._io.writelines(())  # CPython's closed-file check
        for line in lines:
            self.write(line)

    def seek(self, pos: Any, whence: Any = 0, /) -> int:
        return self._io.seek(pos, whence)

    def tell(self) -> int:
        return self._io.tell()

    def truncate(self, size: Any = None, /) -> int:
        return self._io.truncate(size)

    def close(self) -> None:
        self._io.close()

    @property
    def closed(self) -> bool:
        return self._io.closed

    def readable(self) -> bool:
        return self._io.readable()

    def writable(self) -> bool:
        return self._io.writable()

    def seekable(self) -> bool:
        return self._io.seekable()

    def isatty(self) -> bool:
        return self._io.isatty()

    def flush(self) -> None:
        self._io.flush()

    def __iter__(self) -> Any:
        self._io.__iter__()  # CPython's closed-file check
        return self

    def __next__(self) -> Any:
        return next(self._io)

    def __enter__(self) -> Any:
        self._io.__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self._io.__exit__(*args)


class StringIO(_Buffer):
    """`io.StringIO`: an in-memory text stream."""

    __slots__ = ("_crlf",)
    _width = _STRINGIO_CHAR

    def __init__(self, initial_value: Any = "", newline: Any = "\n") -> None:
        self._io = io.StringIO(initial_value, newline)
        #: newline="\r\n" writes two characters for each "\n"
        self._crlf = newline == "\r\n"
        if isinstance(initial_value, str) and len(initial_value) > SMALL_INPUT:
            _current().allocate(self._text_size(initial_value) * _STRINGIO_CHAR)

    def _text_size(self, text: str) -> int:
        """Characters `text` takes in the buffer."""
        return len(text) + (text.count("\n") if self._crlf else 0)

    def write(self, data: Any, /) -> int:
        if isinstance(data, str):
            self._report_write(self._text_size(data))
        return self._io.write(data)

    @property
    def newlines(self) -> Any:
        return self._io.newlines

    @property
    def line_buffering(self) -> bool:
        return self._io.line_buffering


class BytesIO(_Buffer):
    """`io.BytesIO`: an in-memory bytes stream."""

    __slots__ = ()

    def __init__(self, initial_bytes: Any = b"") -> None:
        self._io = io.BytesIO(initial_bytes)

    def read1(self, size: Any = -1, /) -> bytes:
        return self._io.read1(size)

    def readinto(self, buffer: Any, /) -> int:
        if type(buffer) is not bytearray:
            raise TypeError(
                f"readinto() argument must be read-write bytes-like object, not {type(buffer).__name__}"
            )
        return self._io.readinto(buffer)


for _cls in (StringIO, BytesIO):
    _cls.__module__ = "_io"
    _cls.__qualname__ = _cls.__name__
# what `type(s).__mro__` shows of the shared base
_Buffer.__module__ = "_io"
_Buffer.__name__ = _Buffer.__qualname__ = "_IOBase"
_BUFFER_API = (
    "getvalue read readline readlines write writelines seek tell truncate close closed "
    "readable writable seekable isatty flush"
)
register_host_type(_Buffer, _BUFFER_API)
register_host_type(StringIO, "newlines line_buffering")
register_host_type(BytesIO, "read1 readinto")


@register("io")
def _io(rt: Runtime) -> dict[str, Any]:
    return {
        "StringIO": StringIO,
        "BytesIO": BytesIO,
        "SEEK_SET": io.SEEK_SET,
        "SEEK_CUR": io.SEEK_CUR,
        "SEEK_END": io.SEEK_END,
        "UnsupportedOperation": io.UnsupportedOperation,
        "DEFAULT_BUFFER_SIZE": io.DEFAULT_BUFFER_SIZE,
    }


# -- csv ----------------------------------------------------------------------------------

_PLAIN_FIELDS = frozenset({str, int, float, bool, type(None)})
_CSV_READER = type(csv.reader([]))
register_host_type(_CSV_READER, "dialect line_num")
register_host_type(
    type(csv.reader([]).dialect),
    "delimiter doublequote escapechar lineterminator quotechar quoting skipinitialspace strict",
)
_DIALECT_ATTRS = (
    "delimiter quotechar escapechar doublequote skipinitialspace lineterminator quoting strict"
)
for _dialect in (csv.Dialect, csv.excel, csv.excel_tab, csv.unix_dialect):
    register_host_type(_dialect, _DIALECT_ATTRS)
register_host_type(csv.Error)


def _csv_lines(rt: Runtime, source: Any, delimiter: str) -> Iterator[Any]:
    """The lines of `source` for the C reader: each tick, and a long line reports the size
    of the fields it may split into."""
    ticker = rt.builtins["__m_tk__"]
    for line in source:
        next(ticker) if ticker is rt.builtins["__m_tk__"] else next(rt.builtins["__m_tk__"])
        if type(line) is str and len(line) > SMALL_INPUT:
            rt.allocate(split_size(line, line.count(delimiter) + 1))
        yield line


class _Sink:
    """The file the C writer writes to: the sandbox file's `write`, as the policy gives it."""

    __slots__ = ("write",)

    def __init__(self, write: Callable[[Any], Any]) -> None:
        self.write = write


class _Writer:
    """`csv.writer(...)`: CPython's writer behind size checks on the rows."""

    __slots__ = ("_rt", "_w")

    def __init__(self, fileobj: Any, dialect: Any = "excel", **fmtparams: Any) -> None:
        rt = _current()
        try:
            write = rt.ga(fileobj, "write")
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self._rt = rt
        sink: Any = _Sink(write)
        self._w = csv.writer(sink, dialect, **fmtparams)

    @property
    def dialect(self) -> Any:
        return self._w.dialect

    def writerow(self, row: Any, /) -> Any:
        rt = self._rt
        if type(row) not in CONCRETE:
            try:
                iter(row)
            except TypeError:
                return self._w.writerow(row)  # CPython's error
            row = list(rt.ticking(row))
        size = 0
        for field in row:
            tp = type(field)
            if tp is str:
                size += len(field) * char_width(field)
            elif tp not in _PLAIN_FIELDS:
                rt.check_repr(field)
        if size > SMALL_INPUT:
            rt.allocate(2 * size + 64)  # quotes doubled, and the line handed to write
        return self._w.writerow(row)

    def writerows(self, rows: Any, /) -> None:
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = "writer"
_Writer.__module__ = "_csv"
register_host_type(_Writer, "dialect writerow writerows")


class DictReader:
    """`csv.DictReader` (CPython's code) over the sandbox's `csv.reader`."""

    def __init__(
        self,
        f: Any,
        fieldnames: Any = None,
        restkey: Any = None,
        restval: Any = None,
        dialect: Any = "excel",
        *args: Any,
        **kwds: Any,
    ) -> None:
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(_current().ticking(fieldnames))
        self._fieldnames: Any = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = _csv_module(_current())["reader"](f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self) -> DictReader:
        return self

    @property
    def fieldnames(self) -> Any:  # Any: the header row, or what the caller gave
        if self._fieldnames is None:
            with contextlib.suppress(StopIteration):
                self._fieldnames = next(self.reader)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value: Any) -> None:
        self._fieldnames = value

    def __next__(self) -> dict[Any, Any]:
        if self.line_num == 0:
            self.fieldnames  # noqa: B018 (reads the header)
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row, strict=False))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """`csv.DictWriter` (CPython's code) over the sandbox's `csv.writer`."""

    def __init__(
        self,
        f: Any,
        fieldnames: Any,
        restval: Any = "",
        extrasaction: Any = "raise",
        dialect: Any = "excel",
        *args: Any,
        **kwds: Any,
    ) -> None:
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(_current().ticking(fieldnames))
        self.fieldnames: Any = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = _csv_module(_current())["writer"](f, dialect, *args, **kwds)

    def writeheader(self) -> Any:
        header = dict(zip(self.fieldnames, self.fieldnames, strict=False))
        return self.writerow(header)

    def _dict_to_list(self, rowdict: Any) -> Any:
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                rt = _current()
                for k in wrong_fields:
                    rt.check_repr(k)
                raise ValueError(
                    "dict contains fields not in fieldnames: "
                    + ", ".join([repr(x) for x in wrong_fields])
                )
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict: Any) -> Any:
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts: Any) -> None:
        for rowdict in rowdicts:
            self.writerow(rowdict)


for _cls in (DictReader, DictWriter):
    _cls.__module__ = "csv"
register_host_type(DictReader, "fieldnames restkey restval reader dialect line_num")
register_host_type(
    DictWriter, "fieldnames restval extrasaction writer writeheader writerow writerows"
)


def _csv_module(rt: Runtime) -> dict[str, Any]:
    """The functions of the sandbox's `csv` for run `rt`."""

    def reader(csvfile: Any, dialect: Any = "excel", **fmtparams: Any) -> Any:
        probe = csv.reader((), dialect, **fmtparams)  # CPython's argument checks
        source = iter(csvfile)
        return csv.reader(_csv_lines(rt, source, probe.dialect.delimiter), dialect, **fmtparams)

    def writer(csvfile: Any, dialect: Any = "excel", **fmtparams: Any) -> _Writer:
        return _Writer(csvfile, dialect, **fmtparams)

    return {"reader": reader, "writer": writer}


@register("csv")
def _csv(rt: Runtime) -> dict[str, Any]:
    exports: dict[str, Any] = {
        name: getattr(csv, name)
        for name in (
            "QUOTE_ALL",
            "QUOTE_MINIMAL",
            "QUOTE_NONE",
            "QUOTE_NONNUMERIC",
            "Dialect",
            "excel",
            "excel_tab",
            "unix_dialect",
            "Error",
            "get_dialect",
            "list_dialects",
        )
    }
    exports.update(_csv_module(rt), DictReader=DictReader, DictWriter=DictWriter)
    return exports


# -- copy ---------------------------------------------------------------------------------

#: values `copy` and `deepcopy` return as they are (CPython's atomic types)
_ATOMIC: frozenset[type] = frozenset(
    {
        type(None),
        int,
        float,
        bool,
        complex,
        str,
        bytes,
        range,
        slice,
        type(...),
        type(NotImplemented),
        property,
        types.FunctionType,
        types.BuiltinFunctionType,
        types.MethodType,
        types.BuiltinMethodType,
        Pattern,
        Match,
    }
)
#: host containers whose `copy()` method is their shallow copy
_COPY_METHOD: frozenset[type] = frozenset(
    {
        collections.deque,
        collections.OrderedDict,
        collections.defaultdict,
        collections.Counter,
        collections.ChainMap,
    }
)
_SHALLOW_IMMUTABLE: frozenset[type] = frozenset({tuple, frozenset})
#: builtin (static) classes a sandbox class may derive from and still be copied
_COPYABLE_BASES: frozenset[type] = frozenset(
    {
        object,
        int,
        float,
        complex,
        str,
        bytes,
        tuple,
        list,
        dict,
        set,
        frozenset,
        bytearray,
        collections.deque,
        collections.OrderedDict,
        collections.defaultdict,
    }
)


def _cannot(x: Any) -> TypeError:
    name = "module" if isinstance(x, SandboxModule) else type(x).__name__
    return TypeError(f"cannot pickle '{name}' object")


def _hook(rt: Runtime, x: Any, name: str) -> Any:
    """The sandbox-defined `__copy__`/`__deepcopy__` of `x` (bound), or None. An enum
    member (whose hooks, from `enum.Enum`, return the member) gives `False`."""
    for klass in type(x).__mro__:
        if name in klass.__dict__:
            if klass in rt.policy.sandbox_classes:
                return getattr(x, name)
            if issubclass(klass, enum.Enum):
                return False
            return None
    return None


def _sandbox_slots(rt: Runtime, cls: type) -> list[str]:
    """The slot names the sandbox classes in `cls`'s MRO declared (mangled as stored)."""
    names: list[str] = []
    for klass in cls.__mro__:
        if klass not in rt.policy.sandbox_classes:
            continue
        slots: Any = klass.__dict__.get("__slots__", ())
        for name in (slots,) if isinstance(slots, str) else slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            names.append(name)
    return names


def _check_host_bases(rt: Runtime, x: Any) -> None:
    """Refuse copying an instance whose class derives from a host class with state of its
    own (slots or C fields) that this module does not know how to rebuild."""
    for klass in type(x).__mro__:
        if klass in rt.policy.sandbox_classes or klass in _COPYABLE_BASES:
            continue
        if issubclass(klass, BaseException) and klass.__module__ == "builtins":
            continue
        if klass.__flags__ & (1 << 9) and not klass.__dict__.get("__slots__"):
            continue  # a heap (Python) class without slots: typing.Generic, abc.ABC, Enum...
        raise _cannot(x)


class _Copier:
    """One `copy.copy` or `copy.deepcopy` call."""

    def __init__(self, rt: Runtime, memo: dict[int, Any] | None) -> None:
        self.rt = rt
        self.memo: dict[int, Any] = {} if memo is None else memo
        #: tuples whose deep copy is themselves (CPython does not memoize them, and walks
        #: a tuple DAG along every path), kept alive while their ids are used
        self.same: dict[int, Any] = {}

    def tick(self, size: int) -> None:
        next(self.rt.builtins["__m_tk__"])
        if size > 64:
            self.rt.allocate(8 * size)

    # -- shallow ---------------------------------------------------------------------------
    def shallow(self, x: Any) -> Any:
        tp = type(x)
        if tp in _ATOMIC or tp in _SHALLOW_IMMUTABLE or isinstance(x, type) or is_class_proxy(x):
            return x
        if tp in (list, dict, set, bytearray):
            self.tick(len(x))
            return x.copy()
        if tp in _COPY_METHOD:
            self.tick(len(x))
            return x.copy()
        if tp in self.rt.policy.sandbox_classes or self.rt.policy.is_sandbox_class(tp):
            hook = _hook(self.rt, x, "__copy__")
            if hook is False:
                return x
            if hook is not None:
                return hook()
            return self.rebuild(x, deep=False)
        if isinstance(x, BaseException) and tp.__module__ == "builtins":
            return self.rebuild_exception(x, deep=False)
        raise _cannot(x)

    # -- deep ------------------------------------------------------------------------------
    def deep(self, x: Any) -> Any:
        tp = type(x)
        if tp in _ATOMIC or isinstance(x, type) or is_class_proxy(x):
            return x
        key = id(x)
        memo = self.memo
        if key in memo:
            return memo[key]
        if tp is list:
            self.tick(len(x))
            y: Any = []
            memo[key] = y
            for item in x:
                y.append(self.deep(item))
        elif tp is dict:
            self.tick(2 * len(x))
            y = {}
            memo[key] = y
            for k, v in x.items():
                y[self.deep(k)] = self.deep(v)
        elif tp is tuple:
            if key in self.same:
                return x
            self.tick(len(x))
            items = [self.deep(item) for item in x]
            if key in memo:  # the tuple was reached again through a cycle
                return memo[key]
            y = x if all(a is b for a, b in zip(items, x, strict=True)) else tuple(items)
            if y is x:
                self.same[key] = x
        elif tp in (set, frozenset):
            self.tick(len(x))
            y = tp(self.deep(item) for item in x)
        elif tp is bytearray:
            self.tick(len(x) // 8)
            y = bytearray(x)
        elif tp is collections.deque:
            self.tick(len(x))
            y = collections.deque(maxlen=x.maxlen)
            memo[key] = y
            for item in x:
                y.append(self.deep(item))
        elif tp in (collections.OrderedDict, collections.Counter, collections.defaultdict):
            self.tick(2 * len(x))
            y = tp()
            if tp is collections.defaultdict:
                y.default_factory = self.deep(x.default_factory)
            memo[key] = y
            for k, v in x.items():
                y[self.deep(k)] = self.deep(v)
        elif tp is collections.ChainMap:
            y = collections.ChainMap(*self.deep(x.maps))
        elif tp in self.rt.policy.sandbox_classes or self.rt.policy.is_sandbox_class(tp):
            hook = _hook(self.rt, x, "__deepcopy__")
            if hook is False:
                return x
            y = hook(memo) if hook is not None else self.rebuild(x, deep=True)
        elif isinstance(x, BaseException) and tp.__module__ == "builtins":
            y = self.rebuild_exception(x, deep=True)
        else:
            raise _cannot(x)
        if y is not x:
            memo[key] = y
            memo.setdefault(id(memo), []).append(x)  # keep x alive, as CPython does
        return y

    def copy_of(self, value: Any, deep: bool) -> Any:
        return self.deep(value) if deep else value

    def rebuild_exception(self, x: BaseException, deep: bool) -> Any:
        """CPython's `BaseException.__reduce__`: the class called with the args, then the
        instance's `__dict__`."""
        y = type(x)(*self.copy_of(x.args, deep))
        state = getattr(x, "__dict__", None)
        if state:
            y.__dict__.update(self.copy_of(state, deep))
        return y

    def rebuild(self, x: Any, deep: bool) -> Any:
        """A new instance of a sandbox class built as CPython's `object.__reduce_ex__(4)`
        protocol would: `cls.__new__(cls, *__getnewargs__())`, then the contents of a
        builtin container base, the instance's `__dict__` and its sandbox-declared slots."""
        rt = self.rt
        _check_host_bases(rt, x)
        cls = type(x)
        if isinstance(x, BaseException):
            return self.rebuild_exception(x, deep)
        getnewargs = getattr(x, "__getnewargs__", None)
        args: tuple[Any, ...] = self.copy_of(getnewargs(), deep) if getnewargs else ()
        if isinstance(x, set | frozenset):
            y = cls(self.copy_of(list(x), deep))
        elif isinstance(x, collections.deque):
            y = cls() if x.maxlen is None else cls((), x.maxlen)
        else:
            y = cls.__new__(cls, *args)
        if deep:
            self.memo[id(x)] = y
        self.tick(1)
        state = getattr(x, "__dict__", None)
        if state:
            y.__dict__.update(self.copy_of(state, deep))
        for name in _sandbox_slots(rt, cls):
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            setattr(y, name, self.copy_of(value, deep))
        if isinstance(x, list | collections.deque):
            self.tick(len(x))
            for item in x:
                y.append(self.copy_of(item, deep))
        elif isinstance(x, dict):
            self.tick(2 * len(x))
            if isinstance(x, collections.defaultdict):
                y.default_factory = self.copy_of(x.default_factory, deep)
            for k, v in x.items():
                y[k] = self.copy_of(v, deep)
        return y


@register("copy")
def _copy(rt: Runtime) -> dict[str, Any]:
    def copy_(x: Any) -> Any:
        return _Copier(rt, None).shallow(x)

    def deepcopy(x: Any, memo: Any = None, _nil: Any = None) -> Any:
        if memo is not None and type(memo) is not dict:
            raise TypeError("deepcopy() memo must be a dict in the sandbox")
        return _Copier(rt, memo).deep(x)

    copy_.__name__ = copy_.__qualname__ = "copy"
    return {"copy": copy_, "deepcopy": deepcopy, "Error": copy.Error, "error": copy.Error}


# -- heapq, bisect --------------------------------------------------------------------------


@register("heapq")
def _heapq(rt: Runtime) -> dict[str, Any]:
    def nlargest(n: Any, iterable: Any, key: Any = None) -> list[Any]:
        return heapq.nlargest(n, rt.ticking(iterable), key=key)

    def nsmallest(n: Any, iterable: Any, key: Any = None) -> list[Any]:
        return heapq.nsmallest(n, rt.ticking(iterable), key=key)

    def merge(*iterables: Any, key: Any = None, reverse: bool = False) -> Iterator[Any]:
        return heapq.merge(*[rt.tick_each(it) for it in iterables], key=key, reverse=reverse)

    names = "heappush heappop heapify heappushpop heapreplace"
    exports: dict[str, Any] = {n: getattr(heapq, n) for n in names.split()}
    exports.update(nlargest=nlargest, nsmallest=nsmallest, merge=merge)
    return exports


@register("bisect")
def _bisect(rt: Runtime) -> dict[str, Any]:
    def insorter(find: Callable[..., int], name: str) -> Callable[..., None]:
        def insort(a: Any, x: Any, lo: Any = 0, hi: Any = None, *, key: Any = None) -> None:
            index = find(a, x if key is None else key(x), lo, hi, key=key)
            if type(a) is list:
                a.insert(index, x)
            else:  # CPython calls `a.insert` by name: here through the attribute policy
                rt.ga(a, "insert")(index, x)

        insort.__name__ = insort.__qualname__ = name
        return insort

    left, right = bisect.bisect_left, bisect.bisect_right
    return {
        "bisect_left": left,
        "bisect_right": right,
        "bisect": right,
        "insort_left": insorter(left, "insort_left"),
        "insort_right": insorter(right, "insort_right"),
        "insort": insorter(right, "insort_right"),
    }
