# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false
"""The per-run runtime: the guard functions the lowered code calls, and the run's state.

A `Runtime` is created for each run (or REPL session). It owns the tracker, the attribute
policy, the sandbox's builtins dict (holding the guards under `__m_..._` names the sandbox
cannot write) and the main module's globals.
"""

from __future__ import annotations

import math
import operator
import os
import random
import sys
import time
import types
import weakref
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from itertools import chain, islice, repeat
from typing import Any, NoReturn, cast

from ..errors import LimitExceeded, RunEnded
from ..names import is_class_proxy
from ..policy import AttributePolicy, SandboxModule
from .costs import (
    CHECK_THRESHOLD,
    MAX_OP_SECONDS,
    div_seconds,
    mul_seconds,
    pow_seconds,
    powmod_seconds,
    sparse_mul_seconds,
)
from .scheduler import HostBridge, Scheduler
from .sizes import (
    MAX_ALLOCATION,
    MAX_INT_BITS,
    SIZED_METHODS,
    SMALL_INPUT,
    SizeLimitError,
    encode_size,
    format_spec_size,
    items_size,
    percent_format_size,
    repr_size,
    sequence_repeat_size,
)
from .tracker import ResourceTracker

#: How long one slice of `time.sleep` may be before the run's limits are checked again.
_SLEEP_SLICE = 0.02

__all__ = ["NO_RESULT", "Runtime"]

NO_RESULT: Any = object()
#: The runtime of the run executing in this thread or task (set while sandbox code runs).
CURRENT: ContextVar[Runtime] = ContextVar("monty_runtime")
TICK_CHUNK = 2000
_ITER_CHUNK = 1000
_NUMBERS = frozenset({int, float, bool})
#: ints below this magnitude divide and multiply without a cost prediction
_SMALL_INT = 1 << 62
#: operations on ints whose bit sizes multiply to less than this are cheap (well under 1 ms)
_CHEAP_BITS_PRODUCT = 1 << 22
#: predicted work (seconds) that may pile up between two time checks
_WORK_CHUNK = 0.01
#: values whose repr and str are bounded by their own size
_PLAIN_TEXT = frozenset({int, float, bool, str, bytes, type(None)})
#: values an f-string field or `str()` converts to text bounded by their own size
_FIELD_PLAIN = frozenset({int, float, bool, str, type(None)})
#: f-string conversions (`ast.FormattedValue.conversion`) that give the repr, and `str()`'s mark
_REPR_CONVERSIONS = frozenset({ord("r"), ord("a")})
_ASCII_CONVERSION = ord("a")


def _plain_args(args: tuple[Any, ...]) -> bool:
    """Whether an exception's `args` are a few small plain values (its text is their size)."""
    return len(args) <= 4 and all(
        type(a) in _FIELD_PLAIN and (type(a) is not str or len(a) <= SMALL_INPUT) for a in args
    )


_STR_CALL = -2
_SEQUENCES = (str, bytes, bytearray, list, tuple)
#: attributes whose values are classes: real builtin classes become the sandbox stand-ins
_CLASS_VALUED = frozenset({"__mro__", "__bases__", "__origin__", "__args__"})
#: objects whose special accessors depend on the object, not only on its type
_UNCACHED_SPECIAL = frozenset({super, types.FunctionType, types.MethodType, SandboxModule})
_CONCAT = frozenset({str, bytes, bytearray, list, tuple})
#: `|=` implementations that consume any iterable of pairs in C
_DICT_IOR = (dict.__ior__, OrderedDict.__ior__)
#: iterables whose size is already paid for: consuming them in C is bounded.
CONCRETE: frozenset[type[Any]] = frozenset(
    {
        list,
        tuple,
        str,
        bytes,
        bytearray,
        dict,
        set,
        frozenset,
        type({}.keys()),
        type({}.values()),
        type({}.items()),
    }
)
_FAST_CONTAINS = CONCRETE | {range}
_INPLACE: dict[str, Callable[[Any, Any], Any]] = {
    "add": operator.iadd,
    "sub": operator.isub,
    "mul": operator.imul,
    "matmul": operator.imatmul,
    "truediv": operator.itruediv,
    "floordiv": operator.ifloordiv,
    "mod": operator.imod,
    "pow": operator.ipow,
    "lshift": operator.ilshift,
    "rshift": operator.irshift,
    "or": operator.ior,
    "xor": operator.ixor,
    "and": operator.iand,
}


class FastAttributes(dict[str, set[type]]):
    """name -> types whose instances may have `name` read natively; starts from the
    builtin value types the policy allows it on, and grows as the run's guard decides."""

    def __missing__(self, name: str) -> set[type]:
        from ..policy import fast_attribute_types

        types_ = set(fast_attribute_types().get(name, ()))
        self[name] = types_
        return types_


class FastStores(dict[str, set[type]]):
    """name -> sandbox classes on which the policy allowed setting `name` in this run."""

    def __missing__(self, name: str) -> set[type]:
        types_: set[type] = set()
        self[name] = types_
        return types_


class _Tripped:
    """The ticker once a limit has tripped: every tick raises the limit again."""

    def __init__(self, exc: LimitExceeded) -> None:
        self.exc = exc

    def __iter__(self) -> _Tripped:
        return self

    def __next__(self) -> bool:
        raise self.exc


def _is_recursion_limit(exc: BaseException | None) -> bool:
    if isinstance(exc, BaseExceptionGroup):
        return any(_is_recursion_limit(e) for e in exc.exceptions)  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType, reportUnknownMemberType]
    return type(exc) is RecursionError and str(exc).startswith("maximum recursion depth exceeded")


def _is_limit(exc: BaseException | None) -> bool:
    return isinstance(exc, LimitExceeded) or _is_recursion_limit(exc)


def _big_repr_args(args: Any) -> int:
    """Bytes `%r`/`%a` of the big text among printf-style `args` may take."""
    values: Iterable[Any] = (
        args if type(args) is tuple else args.values() if type(args) is dict else (args,)  # pyright: ignore[reportUnknownMemberType]
    )
    return sum(
        repr_size(v)
        for v in values
        if isinstance(v, str | bytes | bytearray) and len(v) > SMALL_INPUT
    )


class GuardedContext:
    """A `with` target whose `__exit__` may not swallow a tripped limit."""

    __slots__ = ("_cm", "_exit", "_rt")

    def __init__(self, rt: Runtime, cm: Any, is_async: bool) -> None:
        tp = type(cm)
        names = ("__aenter__", "__aexit__") if is_async else ("__enter__", "__exit__")
        if not all(hasattr(tp, n) for n in names):
            protocol = "asynchronous context manager" if is_async else "context manager"
            raise TypeError(f"'{tp.__name__}' object does not support the {protocol} protocol")
        self._rt, self._cm, self._exit = rt, cm, getattr(tp, names[1])

    def __enter__(self) -> Any:
        return type(self._cm).__enter__(self._cm)

    def __exit__(self, et: Any, ev: Any, tb: Any) -> bool:
        suppress = self._exit(self._cm, et, ev, tb)
        return self._rt.keep_limit(ev, bool(suppress))

    async def __aenter__(self) -> Any:
        return await type(self._cm).__aenter__(self._cm)

    async def __aexit__(self, et: Any, ev: Any, tb: Any) -> bool:
        suppress = await self._exit(self._cm, et, ev, tb)
        return self._rt.keep_limit(ev, bool(suppress))


class Runtime:
    """State and guards of one run. Build the builtins with `monty_interpreter.builtins`."""

    def __init__(self, tracker: ResourceTracker, *, filename: str = "main.py") -> None:
        self.tracker = tracker
        self.filename = filename
        self.policy = AttributePolicy()
        self.policy.runtime = self
        self.tripped: LimitExceeded | None = None
        #: how the run's scheduler reaches the host (None: no host driver)
        self.host: HostBridge | None = None
        self._scheduler: Scheduler | None = None
        self.result: Any = NO_RESULT
        self.write: Callable[[str, str], None] = lambda stream, text: None
        self.modules: dict[str, SandboxModule] = {}
        self.builtins: dict[str, Any] = {}
        self.globals: dict[str, Any] = {}
        self._read_cache: dict[type, set[str]] = {}
        #: attribute name -> types on which the lowered code may read it natively (the
        #: policy allowed it outright for every instance of that type in this run)
        self.fast_attr = FastAttributes()
        #: attribute name -> sandbox classes whose instances may have it set natively
        self.fast_store = FastStores()
        #: class-pattern matchers built by `builtins.match_class`
        self.matchers: dict[tuple[Any, ...], type] = {}
        self._write_cache: dict[type, set[str]] = {}
        self._special_cache: dict[type, dict[str, Callable[[Any], Any]]] = {}
        self._super_cache: dict[tuple[Any, Any, str], tuple[bool, Any]] = {}
        #: set up by `monty_interpreter.builtins.make_builtins`
        self.formatter: Any = None
        self.public_builtins: Any = None
        #: seconds of predicted C work since the last time check
        self.work = 0.0
        #: where the run's clock and entropy come from (see `clock`, `monotonic`, `entropy`):
        #: the one place an OS-access policy swaps to freeze or replace them
        self.clock_source: Callable[[], float] = time.time
        self.monotonic_source: Callable[[], float] = time.monotonic
        self.entropy_source: Callable[[int], bytes] = os.urandom
        #: files the run opened for writing (flushed when a run or snippet ends)
        self.open_files: weakref.WeakSet[Any] = weakref.WeakSet()
        #: None: `time.sleep` waits; else `sleep_source(seconds, wait)` decides how much of
        #: the sleep to `wait` for (an OS-access policy skips or caps sleeps)
        self.sleep_source: Callable[[float, Callable[[float], None]], None] | None = None
        self._random: random.Random | None = None
        #: the run's `decimal` context (made when the sandbox imports `decimal`)
        self.decimal_context: Any = None

    def reopen(self, tracker: ResourceTracker) -> None:
        """Start another run in this runtime (a session's next snippet): the same globals,
        modules and classes, fresh limits and a fresh event loop."""
        self.tracker = tracker
        self.tripped = None
        self._scheduler = None
        self.result = NO_RESULT
        self.work = 0.0
        self.builtins["__m_tk__"] = self.new_ticker()

    # -- clock and entropy -------------------------------------------------------------
    def clock(self) -> float:
        """Wall-clock seconds since the epoch, as the run sees them (`time.time()`,
        `datetime.now()`): the host clock unless `clock_source` was replaced."""
        return float(self.clock_source())

    def monotonic(self) -> float:
        """Monotonic seconds, as the run sees them (`time.monotonic()`, `perf_counter()`)."""
        return float(self.monotonic_source())

    def entropy(self, size: int) -> bytes:
        """`size` random bytes from the run's entropy source (host `os.urandom` unless
        `entropy_source` was replaced): seeds `random` and makes `uuid.uuid4()`."""
        data = self.entropy_source(size)
        if type(data) is not bytes or len(data) != size:
            raise TypeError("the run's entropy source must return the bytes asked for")
        return data

    def random(self) -> random.Random:
        """The run's own random generator (the `random` module's functions), seeded from
        `entropy` when first used; `random.seed(x)` in the sandbox makes it deterministic."""
        if self._random is None:
            from ..modules.stdlib_random import SandboxRandom

            self._random = SandboxRandom(int.from_bytes(self.entropy(32), "big"))
        return self._random  # pyright: ignore[reportReturnType]

    def sleep(self, seconds: float) -> None:
        """`time.sleep(seconds)` for the run: waits in short slices that each check the
        run's limits (so a time limit stops it), unless `sleep_source` shortens it."""
        if self.sleep_source is None:
            self._wait(seconds)
        else:
            self.sleep_source(seconds, self._wait)

    def _wait(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while True:
            self.slow_tick()
            left = end - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, _SLEEP_SLICE))

    def os_call(self, op: str, *args: Any) -> Any:
        """Ask the host for OS operation `op` (`read_bytes`, `listdir`, `getenv`...): a
        synchronous external call named `os.<op>`, answered from the run's OS access."""
        return self.scheduler.call_now("os." + op, args, {})

    def proxy_of(self, cls: type) -> Any:
        """What `type(x)` gives the sandbox for class `cls` (the stand-in for `list`, ...)."""
        from ..builtins import proxy_of

        return proxy_of(cls)

    def register_class(self, cls: type) -> type:
        """Record `cls` as defined by this run's sandbox code."""
        self.policy.sandbox_classes.add(cls)
        return cls

    def define_class(
        self, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwds: Any
    ) -> type:
        """`type(name, bases, namespace)` for the sandbox."""
        from ..builtins import _DEFINE_CLASS

        return _DEFINE_CLASS[0](name, bases, namespace, **kwds)

    def output(self, stream: str, text: str) -> None:
        """Send program output to the host, counting it against the output limit."""
        if self.tripped is not None:
            raise self.tripped
        try:
            self.tracker.on_output(len(text.encode("utf-8", "surrogatepass")))
        except LimitExceeded as exc:
            self.trip(exc)
            raise
        self.write(stream, text)

    @property
    def scheduler(self) -> Scheduler:
        """The run's event loop (made on first use)."""
        if self._scheduler is None:
            self._scheduler = Scheduler(self, self.host)
        return self._scheduler

    # -- ticks and limits ----------------------------------------------------------------
    def new_ticker(self) -> Iterator[bool]:
        """A C-level iterator of True values that calls the tracker every `TICK_CHUNK` ticks."""

        def chunks() -> Iterator[Iterator[bool]]:
            while True:
                self.slow_tick()
                yield repeat(True, TICK_CHUNK)

        return chain.from_iterable(chunks())

    def slow_tick(self) -> None:
        """Ask the tracker whether the run may go on."""
        if self.tripped is not None:
            raise self.tripped
        try:
            self.tracker.check_time()
        except LimitExceeded as exc:
            self.trip(exc)
            raise

    def trip(self, exc: LimitExceeded) -> None:
        """Record a tripped limit: from now on every tick and handler re-raises it."""
        if self.tripped is None:
            self.tripped = exc
        self.builtins["__m_tk__"] = _Tripped(self.tripped)

    def interrupt(self) -> None:
        """Stop the run at its next tick (safe to call from another thread: the host was
        interrupted while it waited for the run)."""
        self.trip(LimitExceeded("RuntimeError", "the run was interrupted"))

    def finish(self) -> None:
        """End the run for good: sandbox code that still runs later (the `finally` of a
        generator collected after the run) stops at its first tick or handler, silently."""
        self.tripped = RunEnded()
        self.builtins["__m_tk__"] = _Tripped(self.tripped)

    def allocate(self, size: int) -> None:
        """Report an allocation of `size` bytes about to happen."""
        if self.tripped is not None:
            raise self.tripped
        try:
            if size > MAX_ALLOCATION:
                raise LimitExceeded(
                    "MemoryError", f"an operation needed {size} bytes, more than the sandbox allows"
                )
            self.tracker.on_allocate(size)
        except LimitExceeded as exc:
            self.trip(exc)
            raise

    def refuse_size(self, err: SizeLimitError) -> NoReturn:
        """Turn a size refusal into a tripped MemoryError limit."""
        exc = LimitExceeded("MemoryError", str(err))
        self.trip(exc)
        raise exc

    def time_left(self) -> float:
        """Seconds one uninterruptible operation may still take: what remains of the time
        budget (for trackers that tell), never more than `MAX_OP_SECONDS`."""
        remaining = getattr(self.tracker, "remaining_time", None)
        left = remaining() if callable(remaining) else None
        if not isinstance(left, int | float):
            return MAX_OP_SECONDS
        return min(float(left), MAX_OP_SECONDS)

    def spend(self, seconds: float, what: str) -> None:
        """Report an operation about to run in C for about `seconds`: refuse it (a tripped
        TimeoutError) when it cannot finish in the time left; check the clock once enough
        predicted work has piled up."""
        if self.tripped is not None:
            raise self.tripped
        self.work += seconds
        if seconds < CHECK_THRESHOLD:
            if self.work > _WORK_CHUNK:
                self.work = 0.0
                self.slow_tick()
            return
        self.work = 0.0
        self.slow_tick()
        left = self.time_left()
        if seconds > left:
            exc = LimitExceeded(
                "TimeoutError",
                f"{what} would take about {seconds:.2g} seconds, more than the "
                f"{max(left, 0.0):.2g} seconds the run has left",
            )
            self.trip(exc)
            raise exc

    def keep_limit(self, exc: BaseException | None, suppress: bool) -> bool:
        """What a context manager's `__exit__` may do with `exc`: never swallow a limit."""
        if _is_limit(exc) or self.tripped is not None:
            if self.tripped is None:
                self.trip(LimitExceeded("RecursionError", "maximum recursion depth exceeded"))
            return False
        return suppress

    def cm(self, manager: Any) -> GuardedContext:
        """Guard for a `with` item."""
        return GuardedContext(self, manager, False)

    def acm(self, manager: Any) -> GuardedContext:
        """Guard for an `async with` item."""
        return GuardedContext(self, manager, True)

    def chk(self) -> None:
        """Handler prologue: re-raise a tripped limit; the interpreter's RecursionError trips one."""
        if self.tripped is not None:
            raise self.tripped
        if _is_recursion_limit(sys.exc_info()[1]):
            exc = LimitExceeded("RecursionError", "maximum recursion depth exceeded")
            self.trip(exc)
            raise exc

    # -- iteration ---------------------------------------------------------------------
    def ticking(self, iterable: Iterable[Any]) -> Iterable[Any]:
        """`iterable` itself when consuming it in C is bounded; else a chunked, ticking view."""
        tp = type(iterable)
        if tp in CONCRETE or (tp is range and len(iterable) <= 100_000):  # type: ignore[arg-type]
            return iterable
        source = iter(iterable)

        def chunks() -> Iterator[tuple[Any, ...]]:
            while True:
                chunk = tuple(islice(source, _ITER_CHUNK))
                if not chunk:
                    return
                self.slow_tick()
                self.allocate(len(chunk) * 64)
                yield chunk

        return chain.from_iterable(chunks())

    def tick_each(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """A view that ticks on every element and never reads ahead (for partial consumers)."""
        ticker = self.builtins["__m_tk__"]
        for item in iterable:
            next(self.builtins["__m_tk__"]) if ticker is not self.builtins["__m_tk__"] else next(
                ticker
            )
            yield item

    def items(self, iterable: Any) -> Any:
        """`iterable` about to be copied into a new list, tuple or set: a big concrete one
        reports the copy's size (8 bytes a slot, more for new 1-character strings), a lazy
        one becomes the ticking view."""
        tp = type(iterable)
        if tp in CONCRETE:
            if len(iterable) > SMALL_INPUT:
                self.allocate(items_size(iterable))
            return iterable
        if isinstance(iterable, str | bytes | bytearray):
            if len(iterable) > SMALL_INPUT:
                self.allocate(items_size(iterable))
            return iterable
        return self.ticking(iterable)

    def constructor_args(
        self, cls: type, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The arguments of a builtin container constructor (`bytes(n)`, `list(it)`,
        `bytearray.__init__(b, s, 'utf-32')`...) once their result's size is reported and
        lazy sources tick (for `str`, once the text is known to fit: see `str_args`)."""
        if cls is str:
            self.str_args(args, kwargs)
            return args, kwargs
        if not args:
            if "source" not in kwargs or cls not in (bytes, bytearray):
                return args, kwargs
            kwargs = dict(kwargs)
            args = (kwargs.pop("source"),)
        first = args[0]
        if cls in (bytes, bytearray) or issubclass(cls, bytes | bytearray):
            if type(first) is int:
                if first > 0:
                    self.allocate(first)
                return args, kwargs
            if isinstance(first, str):
                if len(first) > SMALL_INPUT:
                    encoding = args[1] if len(args) > 1 else kwargs.get("encoding", "utf-8")
                    errors = args[2] if len(args) > 2 else kwargs.get("errors", "strict")
                    self.allocate(encode_size(first, encoding, errors))
                return args, kwargs
        if type(first) in CONCRETE or isinstance(first, str | bytes | bytearray):
            if len(first) > SMALL_INPUT and cls not in (bytes, bytearray, str):
                self.allocate(items_size(first))
            return args, kwargs
        if isinstance(first, int) or (issubclass(cls, dict) and hasattr(first, "keys")):
            return args, kwargs
        return (self.ticking(first), *args[1:]), kwargs

    def repr(self, obj: Any) -> str:
        """`repr(obj)`: big text reports the size of its escaped form first."""
        if isinstance(obj, str | bytes | bytearray) and len(obj) > SMALL_INPUT:
            self.allocate(repr_size(obj))
        return repr(obj)

    def ascii(self, obj: Any) -> str:
        """`ascii(obj)`: big text reports the size of its escaped form first."""
        if isinstance(obj, str | bytes | bytearray) and len(obj) > SMALL_INPUT:
            self.allocate(repr_size(obj, ascii_only=True))
        return ascii(obj)

    def field(self, obj: Any, conversion: int) -> Any:
        """Guard for the value of an f-string field converted natively (`f'{obj}'`,
        `f'{obj!r}'`, `f'{obj!s:>8}'`) and of `str(obj)`: returns `obj` once converting it
        is known to fit. Big text reports the size of its escaped form (the text of bytes is
        their repr); containers, exceptions and dataclasses are measured first, since shared
        substructure (`x = [x, x]` repeated) would expand exponentially in one C call."""
        tp = type(obj)
        if tp in _FIELD_PLAIN:
            if tp is str and conversion in _REPR_CONVERSIONS and len(obj) > SMALL_INPUT:
                self.allocate(repr_size(obj, ascii_only=conversion == _ASCII_CONVERSION))
            return obj
        if isinstance(obj, bytes | bytearray):
            if len(obj) > SMALL_INPUT:
                self.allocate(repr_size(obj))
            return obj
        if isinstance(obj, BaseException) and _plain_args(obj.args):
            return obj  # `str(exc)` in an `except` block: nothing shared to expand
        self.check_repr(obj, "an f-string" if conversion != _STR_CALL else "str()")
        return obj

    def str_args(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """Before `str(*args, **kwargs)` (the builtin, `str.__new__`, a `str` subclass): the
        object converted to text must fit (see `field`); decoding is bounded by its input."""
        if len(args) == 1 and not kwargs:
            self.field(args[0], _STR_CALL)
        elif not args and len(kwargs) == 1 and "object" in kwargs:
            self.field(kwargs["object"], _STR_CALL)

    def star(self, iterable: Iterable[Any]) -> Any:
        """Guard for `*iterable` in calls, displays and unpacking assignments."""
        tp = type(iterable)
        if tp in CONCRETE:
            if len(iterable) > SMALL_INPUT:  # pyright: ignore[reportArgumentType]
                self.allocate(items_size(iterable))
            return iterable
        if not (hasattr(tp, "__iter__") or hasattr(tp, "__getitem__")):
            return iterable  # not iterable: CPython raises its own error
        return tuple(self.ticking(iterable))

    def starmap(self, iterable: Iterable[Any]) -> Iterator[Any]:
        """Guard for comprehension targets with a starred name."""
        return map(self.star, iterable)

    def contains(self, item: Any, container: Any) -> bool:
        """Guard for `item in container`."""
        tp = type(container)
        if tp in CONCRETE or (tp is range and type(item) in _NUMBERS):
            return item in container
        if tp is range:
            return any(item == x for x in self.tick_each(container))
        if tp in self.policy.sandbox_classes and hasattr(tp, "__contains__"):
            return item in container
        if hasattr(tp, "__contains__") and tp not in (types.GeneratorType,):
            return item in container
        try:
            iterator = iter(container)
        except TypeError:
            raise TypeError(f"argument of type '{tp.__name__}' is not iterable") from None
        return item in self.tick_each(iterator)

    # -- attributes -------------------------------------------------------------------
    def ga(self, obj: Any, name: str) -> Any:
        """Guarded attribute read (`obj.name`, `getattr`)."""
        tp = type(obj)
        allowed = self._read_cache.get(tp)
        if allowed is not None and name in allowed:
            return getattr(obj, name)
        specials = self._special_cache.get(tp)
        if specials is not None:
            accessor = specials.get(name)
            if accessor is not None:
                return accessor(obj)
        return self._ga_slow(obj, name)

    def _ga_slow(self, obj: Any, name: str) -> Any:
        if type(obj) is super:
            return self._ga_super(obj, name)
        if type(name) is not str:
            raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
        real = getattr(obj, "_cls", None) if is_class_proxy(obj) else None
        if real is not None:
            obj = real
        ok, accessor, cacheable = self.policy.read_rule(obj, name)
        if not ok:
            raise self.attribute_error(obj, name)
        if accessor is not None:
            if type(obj) not in _UNCACHED_SPECIAL and not isinstance(obj, type):
                self._special_cache.setdefault(type(obj), {})[name] = accessor
            return accessor(obj)
        if name == "__class__":
            return self.proxy_of(type(obj))
        if name in _CLASS_VALUED:
            return self.proxify(getattr(obj, name))
        if name == "mro" and isinstance(obj, type):
            cls = obj
            return lambda: [self.proxy_of(c) for c in cls.mro()]
        value = getattr(obj, name)
        if cacheable and not self._class_attr_is_real_class(type(obj), name):
            self._read_cache.setdefault(type(obj), set()).add(name)
            self.fast_attr[name].add(type(obj))
        if isinstance(value, type):
            return self.proxy_of(value)  # `E._member_type_`...: never the real `tuple`
        return value

    def _class_attr_is_real_class(self, tp: type, name: str) -> bool:
        """Whether a class in `tp`'s MRO holds, under `name`, a class that has a stand-in
        (reads of it must keep going through `_ga_slow`)."""
        for klass in tp.__mro__:
            value = klass.__dict__.get(name)
            if value is not None:
                return isinstance(value, type) and self.proxy_of(value) is not value
        return False

    def proxify_class(self, value: Any) -> Any:
        """`value`, or its stand-in when it is a class that has one; the items of a tuple
        too (a new tuple only when one changed)."""
        if isinstance(value, type):
            return self.proxy_of(value)
        if type(value) is tuple and any(isinstance(v, type) for v in value):  # pyright: ignore[reportUnknownVariableType]
            return tuple(self.proxy_of(v) if isinstance(v, type) else v for v in value)  # pyright: ignore[reportUnknownVariableType]
        return value

    def proxify(self, value: Any) -> Any:
        """Replace real builtin classes by the sandbox's stand-ins (also inside tuples/lists)."""
        if isinstance(value, type):
            return self.proxy_of(value)
        if type(value) is tuple:
            return tuple(self.proxify(v) for v in value)  # pyright: ignore[reportUnknownVariableType]
        if type(value) is list:
            return [self.proxify(v) for v in value]  # pyright: ignore[reportUnknownVariableType]
        return value

    def _ga_super(self, sup: super, name: str) -> Any:
        """`super().name`, with the policy's decision cached per (class, bound type, name)."""
        bound = sup.__self__  # pyright: ignore[reportAttributeAccessIssue]
        key = (sup.__thisclass__, bound if isinstance(bound, type) else type(bound), name)  # pyright: ignore[reportAttributeAccessIssue]
        decision = self._super_cache.get(key)
        if decision is None:
            if type(name) is not str:
                raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
            ok, accessor, _ = self.policy.read_rule(sup, name)
            decision = (ok, accessor)
            if accessor is None:
                self._super_cache[key] = decision
        ok, accessor = decision
        if not ok:
            raise self.attribute_error(sup, name)
        return accessor(sup) if accessor is not None else getattr(sup, name)

    def attribute_error(self, obj: Any, name: str) -> AttributeError:
        """CPython's message for a missing attribute; a sandbox note for a denied one."""
        if isinstance(obj, SandboxModule):
            return AttributeError(
                f"module '{obj.__dict__['__name__']}' has no attribute '{name}'", name=name, obj=obj
            )
        exists = any(name in k.__dict__ for k in type(obj).__mro__)
        if isinstance(obj, type):
            exists = exists or any(name in k.__dict__ for k in obj.__mro__)
            message = f"type object '{obj.__name__}' has no attribute '{name}'"
        else:
            message = f"'{type(obj).__name__}' object has no attribute '{name}'"
        if exists:
            message = f"access to attribute '{name}' of '{type(obj).__name__}' object is not allowed in the sandbox"
        return AttributeError(message, name=name, obj=self.proxify_class(obj))

    def sa(self, obj: Any, name: str, value: Any) -> None:
        """Guarded attribute write (`obj.name = value`, `setattr`)."""
        allowed = self._write_cache.get(type(obj))
        if allowed is not None and name in allowed:
            setattr(obj, name, value)
            return
        self._write_slow(obj, name)
        setattr(obj, name, value)

    def da(self, obj: Any, name: str) -> None:
        """Guarded attribute delete (`del obj.name`, `delattr`)."""
        self._write_slow(obj, name)
        delattr(obj, name)

    def _write_slow(self, obj: Any, name: str) -> None:
        real = getattr(obj, "_cls", None) if is_class_proxy(obj) else None
        if real is not None:
            obj = real
        if type(name) is not str:
            raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
        if self.policy.write_allowed(obj, name):
            if type(obj) in self.policy.sandbox_classes:
                self._write_cache.setdefault(type(obj), set()).add(name)
                self.fast_store[name].add(type(obj))
            return
        tp = obj if isinstance(obj, type) else type(obj)
        if tp.__module__ == "builtins" and not isinstance(
            obj, type | types.FunctionType | types.BuiltinFunctionType
        ):
            message = f"'{tp.__name__}' object has no attribute '{name}'"
            if any(name in k.__dict__ for k in tp.__mro__):
                message = f"'{tp.__name__}' object attribute '{name}' is read-only"
            raise AttributeError(message, name=name, obj=obj)
        if isinstance(obj, type) and obj.__module__ == "builtins":
            raise TypeError(f"cannot set '{name}' attribute of immutable type '{obj.__name__}'")
        raise AttributeError(
            f"cannot set attribute '{name}' of '{type(obj).__name__}' object in the sandbox",
            name=name,
            obj=obj,
        )

    def augattr(self, obj: Any, name: str, op: str, value: Any) -> None:
        """`obj.name op= value`."""
        self.sa(obj, name, self.inplace(op, self.ga(obj, name), value))

    def augitem(self, obj: Any, key: Any, op: str, value: Any) -> None:
        """`obj[key] op= value` for guarded operators."""
        obj[key] = self.inplace(op, obj[key], value)

    def inplace(self, op: str, a: Any, b: Any) -> Any:
        """`a op= b` with the size guards of the matching binary operator."""
        if op == "mul":
            return self.mul(a, b, inplace=True)
        if op == "pow":
            return self.pow(a, b, inplace=True)
        if op == "lshift":
            return self.lshift(a, b, inplace=True)
        if op == "mod":
            return self.mod(a, b, inplace=True)
        if op == "floordiv":
            return self.floordiv(a, b, inplace=True)
        if op in ("add", "or"):
            return self.iadd(a, b) if op == "add" else self.ior(a, b)
        return _INPLACE[op](a, b)

    # -- sized operators ----------------------------------------------------------------
    def mul(
        self,
        a: Any,
        b: Any,
        inplace: bool = False,
        _type: Any = type,
        _int: Any = int,
        _float: Any = float,
    ) -> Any:
        """Guard for `a * b`."""
        ta = _type(a)
        if ta is _int:
            tb = _type(b)
            if tb is _int:
                if (
                    -4611686018427387904 < a < 4611686018427387904
                    and -4611686018427387904 < b < 4611686018427387904
                ):
                    return a * b
                self._int_mul(a, b)
                return a * b
            if tb is _float:
                return a * b
        elif ta is _float:
            tb = _type(b)
            if tb is _float or tb is _int:
                return a * b
        return self._mul_slow(a, b, inplace)

    def _mul_slow(self, a: Any, b: Any, inplace: bool) -> Any:
        ta, tb = type(a), type(b)
        if isinstance(a, int) and isinstance(b, int):
            self._int_mul(a, b)
            return operator.imul(a, b) if inplace else a * b
        if ta in _NUMBERS and tb in _NUMBERS:
            return a * b
        if isinstance(a, _SEQUENCES) and isinstance(b, int):
            self._seq_size(a, int(b))
        elif isinstance(b, _SEQUENCES) and isinstance(a, int):
            self._seq_size(b, int(a))
        return operator.imul(a, b) if inplace else a * b  # pyright: ignore[reportOperatorIssue]

    def imul(self, a: Any, b: Any) -> Any:
        """Guard for `a *= b`."""
        return self.mul(a, b, inplace=True)

    def _seq_size(self, seq: Any, count: int) -> None:
        if count > 1:
            self.allocate(sequence_repeat_size(seq, count))

    def _int_mul(self, a: int, b: int) -> None:
        """Size and time checks for the int product `a * b`."""
        a_bits, b_bits = int.bit_length(a), int.bit_length(b)
        self._int_size(a_bits + b_bits)
        if a_bits * b_bits > _CHEAP_BITS_PRODUCT:
            seconds = mul_seconds(a_bits, b_bits)
            if seconds > CHECK_THRESHOLD:
                ones = min(int.bit_count(a), int.bit_count(b))
                if ones <= 64:
                    seconds = min(seconds, sparse_mul_seconds(a_bits, b_bits, ones))
            self.spend(seconds, "an integer multiplication")

    def _int_size(self, bits: int) -> None:
        if bits > MAX_INT_BITS:
            self.refuse_size(SizeLimitError(f"integer result of about {bits} bits is too large"))
        self.allocate(bits // 8)

    def pow(self, a: Any, b: Any, inplace: bool = False) -> Any:
        """Guard for `a ** b`."""
        if isinstance(a, int) and isinstance(b, int) and int.bit_length(a) > 1:
            bits = int.bit_length(a) * max(operator.index(b), 0)
            self._int_size(bits)
            if bits > 1 << 16:
                result_bits = int(math.log2(abs(a)) * b) + 1  # `bits` rounds log2(a) up
                seconds = pow_seconds(result_bits, int.bit_count(a) == 1)
                self.spend(seconds, "an integer power")
        return operator.ipow(a, b) if inplace else a**b

    def ipow(self, a: Any, b: Any) -> Any:
        """Guard for `a **= b`."""
        return self.pow(a, b, inplace=True)

    def lshift(self, a: Any, b: Any, inplace: bool = False) -> Any:
        """Guard for `a << b`."""
        if type(a) in (int, bool) and type(b) in (int, bool) and a and b > 0:
            self._int_size(a.bit_length() + b)
        return operator.ilshift(a, b) if inplace else a << b

    def ilshift(self, a: Any, b: Any) -> Any:
        """Guard for `a <<= b`."""
        return self.lshift(a, b, inplace=True)

    def mod(
        self,
        a: Any,
        b: Any,
        inplace: bool = False,
        _type: Any = type,
        _int: Any = int,
        _float: Any = float,
    ) -> Any:
        """Guard for `a % b` (printf-style formatting of str and bytes)."""
        ta = _type(a)
        if ta is _float or (ta is _int and -4611686018427387904 < a < 4611686018427387904):
            return a % b
        if isinstance(a, int):
            self.div_cost(a, b)
            return operator.imod(a, b) if inplace else a % b
        if isinstance(a, str | bytes | bytearray):
            try:
                extra = percent_format_size(a, b)
            except SizeLimitError as err:
                self.refuse_size(err)
            if "r" in a or "a" in a if isinstance(a, str) else b"r" in a or b"a" in a:
                extra += _big_repr_args(b)
            if extra:
                self.allocate(extra)
            values = b if type(b) is tuple else (b,)
            for value in cast("tuple[Any, ...]", values):
                if type(value) not in _PLAIN_TEXT:
                    self.check_repr(value)
        return operator.imod(a, b) if inplace else a % b

    def imod(self, a: Any, b: Any) -> Any:
        """Guard for `a %= b`."""
        return self.mod(a, b, inplace=True)

    def div_cost(self, a: Any, b: Any) -> None:
        """Refuse an integer division (`//`, `%`, `divmod`) that would run too long in C."""
        if isinstance(a, int) and isinstance(b, int):
            a_bits, b_bits = int.bit_length(a), int.bit_length(b)
            if a_bits >= b_bits and a_bits * b_bits > _CHEAP_BITS_PRODUCT:
                self.spend(div_seconds(a_bits, b_bits), "an integer division")

    def floordiv(
        self,
        a: Any,
        b: Any,
        inplace: bool = False,
        _type: Any = type,
        _int: Any = int,
        _float: Any = float,
    ) -> Any:
        """Guard for `a // b`: huge integer divisions are quadratic."""
        ta = _type(a)
        if ta is _float or (ta is _int and -4611686018427387904 < a < 4611686018427387904):
            return a // b
        self.div_cost(a, b)
        return operator.ifloordiv(a, b) if inplace else a // b

    def ifloordiv(self, a: Any, b: Any) -> Any:
        """Guard for `a //= b`."""
        return self.floordiv(a, b, inplace=True)

    def divmod(self, a: Any, b: Any) -> Any:
        """Guard for `divmod(a, b)`."""
        self.div_cost(a, b)
        return divmod(a, b)

    def powmod(self, base: Any, exp: Any, mod: Any) -> Any:
        """Guard for `pow(base, exp, mod)`: one modular multiplication per exponent bit."""
        if isinstance(base, int) and isinstance(exp, int) and isinstance(mod, int):
            base_bits, exp_bits = int.bit_length(base), int.bit_length(exp)
            mod_bits = int.bit_length(mod)
            if exp_bits * mod_bits * mod_bits > _CHEAP_BITS_PRODUCT or base_bits > 4096:
                negative = operator.index(exp) < 0
                seconds = powmod_seconds(base_bits, exp_bits, mod_bits, negative)
                self.spend(seconds, "pow() with a modulus")
        return pow(base, exp, mod)

    def round_int(self, number: int, ndigits: int) -> int:
        """`round(number, ndigits)` for an int and a negative `ndigits`: CPython computes
        `10 ** -ndigits` and divides by it, so a huge `-ndigits` is answered without it."""
        digits = -ndigits
        bits = int.bit_length(number)
        if digits > bits * 0.30103 + 1:
            return 0  # |number| < 10 ** digits / 2: rounds to zero
        ten_bits = int(digits * 3.3219281) + 1
        self.spend(pow_seconds(ten_bits) + div_seconds(bits, ten_bits), "round()")
        return int.__round__(number, ndigits)

    def add(self, a: Any, b: Any, _type: Any = type, _int: Any = int, _float: Any = float) -> Any:
        """Guard for `a + b`: concatenations report the memory they take."""
        ta = _type(a)
        if ta is _int or ta is _float:
            return a + b
        if ta in _CONCAT and type(b) is ta and len(a) + len(b) > 512:  # pyright: ignore[reportArgumentType]
            self.allocate(sys.getsizeof(a) + sys.getsizeof(b))
        return a + b

    def iadd(self, a: Any, b: Any, _type: Any = type, _int: Any = int, _float: Any = float) -> Any:
        """Guard for `a += b`: lists extended from lazy iterables tick."""
        ta = _type(a)
        if ta is _int or ta is _float:
            return a + b
        if ta in _CONCAT and type(b) in _CONCAT and len(b) > 512:  # pyright: ignore[reportArgumentType]
            self.allocate(sys.getsizeof(b))
        if (type(a) is list or type(a) is deque) and type(b) not in CONCRETE:
            b = self.ticking(b)
        elif type(a) is bytearray and type(b) not in CONCRETE:
            b = bytes(self.ticking(b))
        return operator.iadd(a, b)

    def ior(self, a: Any, b: Any) -> Any:
        """Guard for `a |= b`: dicts updated from lazy iterables tick."""
        if (
            isinstance(a, dict)
            and getattr(type(a), "__ior__", None) in _DICT_IOR
            and type(b) not in CONCRETE
            and not hasattr(b, "keys")
        ):
            b = self.ticking(b)
        return operator.ior(a, b)

    def fmt(self, value: Any, conversion: int, spec: str) -> str:
        """Guard for an f-string field with a format spec."""
        if conversion != -1 and type(value) not in _PLAIN_TEXT:
            self.check_repr(value)
        if conversion == ord("r"):
            value = self.repr(value)
        elif conversion == ord("s"):
            value = str(value)
        elif conversion == ord("a"):
            value = self.ascii(value)
        return self.format(value, spec)

    def format(self, value: Any, spec: str = "") -> str:
        """`format(value, spec)` with the width and precision bounded."""
        if spec:
            if type(spec) is not str:
                raise TypeError(f"format() argument 2 must be str, not {type(spec).__name__}")
            try:
                extra = format_spec_size(spec)
            except SizeLimitError as err:
                self.refuse_size(err)
            if extra > 1000:
                self.allocate(extra)
        if type(value) not in _PLAIN_TEXT:
            self.check_repr(value)
        return format(value, spec)

    def check_repr(self, value: Any, what: str = "repr()") -> None:
        """Refuse converting `value` to text when shared or nested containers would expand
        it past the run's time or memory."""
        from ..builtins.dags import check_repr_size

        check_repr_size(self, value, what)

    def set_result(self, value: Any) -> None:
        """Capture the value of the program's final expression."""
        self.result = value

    def guards(self) -> dict[str, Any]:
        """The hot guards, bound to this runtime (the rest are in `SHARED_GUARDS`)."""
        return {
            "__m_ga__": self.ga,
            "__m_fast_attr__": self.fast_attr,
            "__m_fast_store__": self.fast_store,
            "__m_sa__": self.sa,
            "__m_tk__": self.new_ticker(),
            "__m_in__": self.contains,
            "__m_mul__": self.mul,
            "__m_mod__": self.mod,
            "__m_floordiv__": self.floordiv,
            "__m_iadd__": self.iadd,
            "__m_add__": self.add,
            "__m_fmt__": self.fmt,
            "__m_field__": self.field,
            "__m_chk__": self.chk,
            "__m_cm__": self.cm,
            "__m_acm__": self.acm,
        }


def _on_current(name: str) -> Callable[..., Any]:
    """A guard that runs `Runtime.<name>` of the run executing now."""
    method = getattr(Runtime, name)
    get = CURRENT.get

    def guard(*args: Any) -> Any:
        return method(get(), *args)

    guard.__name__ = guard.__qualname__ = name
    return guard


#: Guards shared by every run: they find their run through `CURRENT`.
SHARED_GUARDS: dict[str, Any] = {
    "__m_next__": next,
    "__m_int__": int,
    "__m_float__": float,
    "__m_type__": type,
    "__m_fast_in__": CONCRETE,
    "__m_fast_text__": _FIELD_PLAIN,
    "__m_fast_num__": _FIELD_PLAIN - {str},
    "__m_str__": str,
    "__m_fast_sized__": SIZED_METHODS,
    "__m_len__": len,
    **{
        f"__m_{name}__": _on_current(method)
        for name, method in {
            "da": "da",
            "result": "set_result",
            "star": "star",
            "starmap": "starmap",
            "augattr": "augattr",
            "augitem": "augitem",
            "imul": "imul",
            "pow": "pow",
            "ipow": "ipow",
            "lshift": "lshift",
            "ilshift": "ilshift",
            "imod": "imod",
            "ifloordiv": "ifloordiv",
            "ior": "ior",
        }.items()
    },
}
