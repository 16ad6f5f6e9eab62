# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false
"""Walks over containers that may share substructure, linear in the distinct objects.

`x = [x, x]` repeated 60 times is 60 lists but 2**60 paths: CPython's `repr`, `json.dumps`
and `hash` of a tuple follow every path in C with no tick. Before such a call the guards
measure what it would expand to, visiting each container once (an id memo), and refuse
what would not fit in the run's time and memory (`charge_expansion`).
"""

from __future__ import annotations

import collections
import dataclasses
import enum
import functools
import operator
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from ..errors import LimitExceeded
from ..execute.sizes import MAX_ALLOCATION

if TYPE_CHECKING:
    from ..execute.runtime import Runtime

__all__ = ["Expansion", "charge_expansion", "check_repr_size", "measure", "tuple_hash"]

#: values past this are "too big" (keeps the sums machine-sized)
_CAP = 1 << 62
#: seconds of C work per container visited and per byte produced, and the ceiling for one
#: call whatever the time limit (a repr that would run for minutes is refused outright)
_SECONDS_PER_CONTAINER = 4e-7
_SECONDS_PER_ITEM = 4e-8
_SECONDS_PER_BYTE = 2e-9
_MAX_SECONDS = 60.0
#: below this, a call is cheap whatever it expands to: no need to charge it
_SMALL_BYTES = 1 << 20

_SCALARS: frozenset[type] = frozenset({int, float, bool, type(None), complex})
_TEXT: frozenset[type] = frozenset({str, bytes, bytearray})
_SEQUENCES = (list, tuple, set, frozenset, collections.deque)
_BUILTIN_CONTAINERS: frozenset[type] = frozenset({list, tuple, set, frozenset, dict})
_DICT_ITEMS: type = type({}.items())
_DICT_VIEWS: frozenset[type] = frozenset({type({}.keys()), type({}.values()), _DICT_ITEMS})
#: C callables whose repr shows the arguments they were made with (`__reduce__` gives them)
_REDUCED: frozenset[type] = frozenset(
    {functools.partial, operator.itemgetter, operator.attrgetter, operator.methodcaller}
)


class Expansion(NamedTuple):
    """What a recursive C walk over a value would do, counted along every path."""

    containers: int
    items: int
    nbytes: int
    depth: int

    def seconds(self) -> float:
        """Estimated time of the C walk."""
        return (
            self.containers * _SECONDS_PER_CONTAINER
            + self.items * _SECONDS_PER_ITEM
            + self.nbytes * _SECONDS_PER_BYTE
        )


def _leaf_bytes(obj: Any) -> int:
    tp: type[Any] = type(obj)
    if tp is int:
        return cast(int, obj).bit_length() // 3 + 2
    if tp in _TEXT:
        return len(cast(str, obj)) + 3
    if tp is float or tp is complex:
        return 24
    return 16


def _children(obj: Any) -> tuple[Iterable[Any], int] | None:
    """The values a repr/json walk descends into, and the bytes of the container's own
    punctuation; None for a leaf."""
    tp: type[Any] = type(obj)
    if tp in _SCALARS or tp in _TEXT:
        return None
    name = 0 if tp in _BUILTIN_CONTAINERS else len(tp.__name__) + 2
    if isinstance(obj, _SEQUENCES):
        items = cast("Iterable[Any]", obj)
        return items, 2 + 2 * len(cast("list[Any]", obj)) + name
    if isinstance(obj, dict):
        mapping = cast("dict[Any, Any]", obj)
        return chain.from_iterable(mapping.items()), 2 + 4 * len(mapping) + name
    if isinstance(obj, collections.ChainMap):
        maps = cast("list[Any]", obj.maps)  # pyright: ignore[reportUnknownMemberType]
        return maps, 2 + 2 * len(maps) + len(tp.__name__)
    if isinstance(obj, BaseException):
        return obj.args, 2 + len(tp.__name__)
    return _other_children(obj, tp)


def _other_children(obj: Any, tp: type[Any]) -> tuple[Iterable[Any], int] | None:
    """`_children` for the other values whose repr shows the values they hold: slices,
    dict views, enum members, `functools.partial` and the `operator` callables, and
    dataclass instances."""
    if tp is slice:
        return (obj.start, obj.stop, obj.step), 13
    if tp in _DICT_VIEWS:
        view = cast("Iterable[Any]", obj)
        size = len(cast("list[Any]", obj))
        if tp is _DICT_ITEMS:
            return chain.from_iterable(cast("Iterable[tuple[Any, Any]]", view)), 16 + 6 * size
        return view, 16 + 2 * size
    if tp in _REDUCED:
        return cast("tuple[Any, ...]", obj.__reduce__())[1:], 2 + len(tp.__name__)
    if isinstance(obj, enum.Enum):
        try:
            shown = (
                object.__getattribute__(obj, "_name_"),
                object.__getattribute__(obj, "_value_"),
            )
        except AttributeError:
            return None
        return shown, 6 + len(tp.__name__)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        state = getattr(obj, "__dict__", None)
        if isinstance(state, dict):
            values = list(cast("dict[str, Any]", state).values())
            return values, 2 + 4 * len(values) + len(tp.__name__)
    return None


def _flat(obj: Any) -> Expansion | None:
    """Fast path: a list/tuple/set of plain scalars or strings, measured in C."""
    tp: type[Any] = type(obj)
    if tp not in (list, tuple, set, frozenset):
        return None
    items = cast("list[Any]", obj)
    kinds = set(map(type, items))
    n = len(items)
    if kinds <= {str}:
        nbytes = sum(map(len, items)) + 5 * n
    elif kinds <= {int}:
        nbytes = sum(map(int.bit_length, items)) // 3 + 4 * n
    elif kinds <= {float, bool, type(None)}:
        nbytes = 26 * n
    else:
        return None
    return Expansion(1, n, nbytes + 2, 1)


def measure(root: Any, tick: Callable[[], None] | None = None, max_bytes: int = _CAP) -> Expansion:
    """What a recursive walk over `root` would visit, counted along every path, computed in
    time linear in the distinct containers (each is measured once). Stops early, with
    saturated counts, once `max_bytes` is passed, and where CPython's walk would stop with
    a RecursionError (deeper than the recursion limit). A container met again inside
    itself counts as CPython's `[...]`."""
    max_depth = sys.getrecursionlimit() + 50
    top = _children(root)
    if top is None:
        return Expansion(0, 1, _leaf_bytes(root), 0)
    memo: dict[int, Expansion] = {}
    active: set[int] = set()
    keep: list[Any] = [root]
    # frames: [object, children iterator, containers, items, bytes, depth]
    frames: list[list[Any]] = [[root, iter(top[0]), 1, 0, top[1], 0]]
    active.add(id(root))
    steps = 0
    end = object()
    while True:
        frame = frames[-1]
        child = next(cast("Iterator[Any]", frame[1]), end)
        if child is end:
            frames.pop()
            active.discard(id(frame[0]))
            size = Expansion(
                min(frame[2], _CAP), min(frame[3], _CAP), min(frame[4], _CAP), frame[5] + 1
            )
            memo[id(frame[0])] = size
            if not frames:
                return size
            _add(frames[-1], size)
            if frames[-1][4] > max_bytes:
                return Expansion(_CAP, _CAP, _CAP, len(frames))
            continue
        steps += 1
        if tick is not None and steps % 1000 == 0:
            tick()
        known = memo.get(id(child))
        if known is not None:
            _add(frame, known)
            continue
        if id(child) in active:
            _add(frame, Expansion(0, 1, 5, 0))
            continue
        flat = _flat(child)
        if flat is not None:
            memo[id(child)] = flat
            keep.append(child)
            _add(frame, flat)
            continue
        below = _children(child)
        if below is None:
            _add(frame, Expansion(0, 1, _leaf_bytes(child), 0))
            continue
        keep.append(child)
        active.add(id(child))
        frames.append([child, iter(below[0]), 1, 0, below[1], 0])
        if len(frames) > max_depth:
            # CPython stops here with a RecursionError: only what it walked before counts
            return _partial(frames)


def _partial(frames: list[list[Any]]) -> Expansion:
    """What the frames on the stack have measured so far, summed."""
    totals = [sum(min(f[i], _CAP) for f in frames) for i in (2, 3, 4)]
    return Expansion(min(totals[0], _CAP), min(totals[1], _CAP), min(totals[2], _CAP), len(frames))


def _add(frame: list[Any], size: Expansion) -> None:
    frame[2] += size.containers
    frame[3] += size.items
    frame[4] += size.nbytes
    if size.depth > frame[5]:
        frame[5] = size.depth


def charge_expansion(rt: Runtime, size: Expansion, what: str, extra_bytes: int = 0) -> None:
    """Refuse (trip the limit) a C call whose expansion would not fit in the run's time or
    memory; report its output to the memory limit."""
    nbytes = size.nbytes + extra_bytes
    if nbytes < _SMALL_BYTES and size.containers < 10_000:
        return
    seconds = size.seconds() + extra_bytes * _SECONDS_PER_BYTE
    remaining = getattr(rt.tracker, "remaining_time", None)
    left = cast("float | None", remaining()) if callable(remaining) else None
    if seconds > _MAX_SECONDS or (left is not None and seconds > left):
        exc = LimitExceeded(
            "TimeoutError",
            f"{what} would expand shared or nested values to about {size.items} items",
        )
        rt.trip(exc)
        raise exc
    if nbytes > MAX_ALLOCATION:
        rt.allocate(nbytes)  # raises
    if nbytes >= _SMALL_BYTES:
        rt.allocate(nbytes)
    rt.slow_tick()


def check_repr_size(rt: Runtime, obj: Any, what: str = "repr()") -> None:
    """Before `repr`/`str`/`format` of `obj`: refuse output that would expand past the limits."""
    tp: type[Any] = type(obj)
    if tp in _SCALARS or tp in _TEXT:
        return
    if tp in (list, tuple, set, frozenset) and len(cast("list[Any]", obj)) < 64:
        # small and flat: nothing to measure
        for item in cast("list[Any]", obj):
            t: type[Any] = type(item)
            if t not in _SCALARS and t not in _TEXT:
                break
            if t in _TEXT and len(cast(str, item)) > 4096:
                break
        else:
            return
    if _children(obj) is None:
        return
    charge_expansion(rt, measure(obj, rt.slow_tick, MAX_ALLOCATION), what)


# -- tuple hashing ---------------------------------------------------------------------------

_MASK = (1 << 64) - 1
_XXPRIME_1 = 11400714785074694791
_XXPRIME_2 = 14029467366897019727
_XXPRIME_5 = 2870177450012600261


def _combine(hashes: list[int]) -> int:
    """CPython 3.11's `tuplehash` (64-bit) over the hashes of a tuple's items."""
    acc = _XXPRIME_5
    for h in hashes:
        acc = (acc + (h & _MASK) * _XXPRIME_2) & _MASK
        acc = ((acc << 31) | (acc >> 33)) & _MASK
        acc = (acc * _XXPRIME_1) & _MASK
    acc = (acc + (len(hashes) ^ (_XXPRIME_5 ^ 3527539))) & _MASK
    if acc == _MASK:
        return 1546275796
    return acc - (1 << 64) if acc >= 1 << 63 else acc


def tuple_hash(root: tuple[Any, ...], hash_: Callable[[Any], int], tick: Callable[[], None]) -> int:
    """`hash(root)` for a tuple of tuples, computing each distinct tuple's hash once (CPython
    rehashes a shared tuple on every path). Iterative: any depth works."""
    memo: dict[int, int] = {}
    keep: list[Any] = [root]
    frames: list[tuple[tuple[Any, ...], list[int]]] = [(root, [])]
    steps = 0
    while frames:
        tup, done = frames[-1]
        if len(done) == len(tup):
            frames.pop()
            value = _combine(done)
            memo[id(tup)] = value
            if frames:
                frames[-1][1].append(value)
            else:
                return value
            continue
        item = tup[len(done)]
        steps += 1
        if steps % 1000 == 0:
            tick()
        if type(item) is tuple:
            known = memo.get(id(item))
            if known is not None:
                done.append(known)
            else:
                keep.append(item)
                frames.append((cast("tuple[Any, ...]", item), []))
        else:
            done.append(hash_(item))
    raise AssertionError("unreachable")  # pragma: no cover


def tuple_expansion(root: tuple[Any, ...], limit: int) -> tuple[int, int]:
    """(depth, tuples along every path) of the tuples nested in `root`, linear in the
    distinct tuples; both stop counting past `limit`."""
    memo: dict[int, tuple[int, int]] = {}
    keep: list[Any] = [root]
    frames: list[list[Any]] = [[root, 0, 0, 1]]  # tuple, next index, depth, count
    while True:
        frame = frames[-1]
        tup = cast("tuple[Any, ...]", frame[0])
        if frame[1] == len(tup) or frame[3] > limit or len(frames) > limit:
            frames.pop()
            result = (frame[2] + 1, min(frame[3], limit + 1))
            memo[id(tup)] = result
            if not frames:
                return result
            parent = frames[-1]
            parent[2] = max(parent[2], result[0])
            parent[3] += result[1]
            continue
        item = tup[frame[1]]
        frame[1] += 1
        if type(item) is not tuple:
            continue
        known = memo.get(id(item))
        if known is not None:
            frame[2] = max(frame[2], known[0])
            frame[3] += known[1]
            continue
        keep.append(item)
        frames.append([item, 0, 0, 1])
