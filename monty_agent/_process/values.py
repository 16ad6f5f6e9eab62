"""Plain data as JSON for the wire between the host and a worker, and back.

Everything `to_plain` produces crosses: atoms, containers, records (`MontyObject`),
builtin exceptions, dates and times, `Decimal`, `Fraction`, `UUID` and `range`. What JSON
lacks is tagged (`{"$tuple": [...]}`...). A container the value holds more than once is sent
once: every later occurrence is `{"$ref": n}`, `n` counting containers in the order they are
encoded, so shared sub-values (and cycles through lists and dicts) keep their shape and a
DAG costs its size, not the size of its tree. Decoding rebuilds the same sharing and raises
`ValueError` for anything it does not expect.
"""

from __future__ import annotations

import base64
import builtins
import datetime
import decimal
import fractions
import math
import uuid
from collections.abc import Callable
from typing import Any, cast

from monty_interpreter.records import Record

__all__ = ["MAX_DEPTH", "decode", "encode"]

#: How deeply encoded containers may nest (plain data nests at most 300 deep).
MAX_DEPTH = 400
#: Containers and items encoded (or decoded) between two calls of `tick`.
_TICK_EVERY = 4096

_EXCEPTIONS: dict[str, type[BaseException]] = {
    name: obj
    for name, obj in vars(builtins).items()
    if isinstance(obj, type) and issubclass(obj, Exception)
}


def _no_tick() -> None:
    pass


#: Atoms a list may hold to be encoded as it is: strings, None, booleans.
_PLAIN_ATOMS = frozenset({str, type(None), bool})
#: What a decoded list may hold to be its own decoding.
_DECODED_ATOMS = frozenset({str, int, float, bool, type(None)})
_SAFE_INT = 2**53


def _json_atoms(seq: list[Any] | tuple[Any, ...]) -> bool:
    """Whether every item of `seq` encodes to itself: strings, None and booleans, or only
    ints JSON carries exactly, or only finite floats."""
    kinds = set(map(type, seq))
    if kinds <= _PLAIN_ATOMS:
        return True
    if kinds == {int}:
        return min(seq) > -_SAFE_INT and max(seq) < _SAFE_INT
    if kinds == {float}:
        return all(map(math.isfinite, seq))
    return False


def encode(value: Any, tick: Callable[[], None] = _no_tick) -> Any:
    """`value` (plain data) as JSON-compatible data; `tick()` is called now and then (it may
    raise to stop a long encoding). Raises `ValueError` for what has no encoding."""
    try:
        return _Encoder(tick).encode(value, 0)
    except RecursionError:
        raise ValueError("a value nested too deeply to cross to or from a worker") from None


class _Budget:
    """Calls `tick` every `_TICK_EVERY` containers and items walked. A loop over items
    counts inline (`budget -= 1`, then `spend(0)` once it is used up): cheaper than a call
    per item."""

    def __init__(self, tick: Callable[[], None]) -> None:
        self.tick = tick
        self.budget = _TICK_EVERY

    def spend(self, items: int) -> None:
        """Count `items` more done; call `tick` once the budget is used up."""
        self.budget -= items
        if self.budget <= 0:
            self.budget = _TICK_EVERY
            self.tick()


class _Encoder(_Budget):
    def __init__(self, tick: Callable[[], None]) -> None:
        super().__init__(tick)
        self.seen: dict[int, int] = {}
        self.keep: list[Any] = []  # keeps encoded containers alive, so their ids stay theirs

    def encode(self, value: Any, depth: int) -> Any:
        tp = cast("type[Any]", type(value))
        if value is None or tp is bool or tp is str:
            return value
        if tp is int:
            return value if -(2**53) < value < 2**53 else {"$int": format(value, "x")}
        if tp is float:
            return value if math.isfinite(value) else {"$float": repr(value)}
        if tp in (list, tuple, dict, set, frozenset, Record):
            return self.container(value, tp, depth)
        if tp is bytes:
            return {"$bytes": base64.b64encode(value).decode("ascii")}
        if tp is complex:
            return {"$complex": [self.encode(value.real, depth), self.encode(value.imag, depth)]}
        if isinstance(value, BaseException):
            return {
                "$exception": type(value).__name__,
                "args": [self.encode(a, depth + 1) for a in value.args],
            }
        if tp is datetime.datetime:
            return {
                "$datetime": value.replace(tzinfo=None).isoformat(),
                "tz": self.encode(value.tzinfo, depth + 1),
                "fold": value.fold,
            }
        if tp is datetime.date:
            return {"$date": value.isoformat()}
        if tp is datetime.time:
            return {
                "$time": value.replace(tzinfo=None).isoformat(),
                "tz": self.encode(value.tzinfo, depth + 1),
                "fold": value.fold,
            }
        if tp is datetime.timedelta:
            return {"$timedelta": [value.days, value.seconds, value.microseconds]}
        if tp is datetime.timezone:
            offset = value.utcoffset(None)
            name = value.tzname(None)
            return {"$timezone": [offset.days, offset.seconds, offset.microseconds], "name": name}
        if tp is decimal.Decimal:
            return {"$decimal": str(value)}
        if tp is fractions.Fraction:
            return {
                "$fraction": [
                    self.encode(value.numerator, depth),
                    self.encode(value.denominator, depth),
                ]
            }
        if tp is uuid.UUID:
            return {"$uuid": value.hex}
        if tp is range:
            return {
                "$range": [self.encode(n, depth) for n in (value.start, value.stop, value.step)]
            }
        raise ValueError(f"a {tp.__name__} cannot cross to or from a worker")

    def container(self, value: Any, tp: type[Any], depth: int) -> Any:
        key = id(value)
        ref = self.seen.get(key)
        if ref is not None:
            return {"$ref": ref}
        if depth >= MAX_DEPTH:
            raise ValueError("a value nested too deeply to cross to or from a worker")
        self.seen[key] = len(self.seen)
        self.keep.append(value)
        self.spend(1)
        down = depth + 1
        if tp is list or tp is tuple:
            seq = cast("list[Any]", value)
            if _json_atoms(seq):  # encoded as they are, at C speed
                self.spend(len(seq))
                items: list[Any] = list(seq)
            else:
                items = []
                for v in seq:  # a loop, not a comprehension: one frame less
                    items.append(self.encode(v, down))
                    self.budget -= 1
                    if self.budget <= 0:
                        self.spend(0)
            return items if tp is list else {"$tuple": items}
        if tp is dict:
            pairs: list[Any] = []
            for k, v in cast("dict[Any, Any]", value).items():
                pairs.append([self.encode(k, down), self.encode(v, down)])
                self.budget -= 1
                if self.budget <= 0:
                    self.spend(0)
            return {"$dict": pairs}
        if tp is Record:
            record = cast("Record", value)
            attrs = record.attributes
            self.spend(len(attrs))
            return {
                "$record": record.type_name,
                "attrs": [[k, self.encode(v, down)] for k, v in attrs.items()],
            }
        members: list[Any] = []
        for v in cast("set[Any]", value):
            members.append(self.encode(v, down))
            self.budget -= 1
            if self.budget <= 0:
                self.spend(0)
        return {"$frozenset" if tp is frozenset else "$set": members}


def decode(data: Any, tick: Callable[[], None] = _no_tick) -> Any:
    """The inverse of `encode`; anything unexpected raises `ValueError`. `tick()` is called
    now and then (it may raise to stop a long decoding)."""
    try:
        return _Decoder(tick).decode(data, 0)
    except ValueError as exc:
        if str(exc).startswith("malformed value"):
            raise
        raise ValueError(f"malformed value: {exc}") from None
    except (TypeError, KeyError, IndexError, OverflowError, decimal.InvalidOperation) as exc:
        raise ValueError(f"malformed value: {exc!r}") from None
    except RecursionError:
        raise ValueError("malformed value: nested too deeply") from None


_UNFINISHED = object()


class _Decoder(_Budget):
    def __init__(self, tick: Callable[[], None]) -> None:
        super().__init__(tick)
        self.containers: list[Any] = []

    def register(self, value: Any) -> int:
        """Number a container (references name it)."""
        self.containers.append(value)
        self.spend(1)
        return len(self.containers) - 1

    def decode(self, data: Any, depth: int) -> Any:
        tp = cast("type[Any]", type(data))
        if data is None or tp is bool or tp is str or tp is int or tp is float:
            return data
        if depth >= MAX_DEPTH:
            raise ValueError("malformed value: nested too deeply")
        down = depth + 1
        if tp is list:
            seq = cast("list[Any]", data)
            if set(map(type, seq)) <= _DECODED_ATOMS:  # atoms decode to themselves
                out: list[Any] = list(seq)
                self.register(out)
                self.spend(len(seq))
                return out
            out = []
            self.register(out)
            for v in seq:
                out.append(self.decode(v, down))
                self.budget -= 1
                if self.budget <= 0:
                    self.spend(0)
            return out
        if tp is not dict:
            raise ValueError(f"malformed value: unexpected {tp.__name__}")
        items = cast("dict[str, Any]", data)
        if "$ref" in items:
            ref = items["$ref"]
            if type(ref) is not int or not 0 <= ref < len(self.containers):
                raise ValueError("malformed value: a reference to nothing")
            found = self.containers[ref]
            if found is _UNFINISHED:
                raise ValueError("malformed value: a tuple, set or record that holds itself")
            return found
        if "$tuple" in items:
            slot = self.register(_UNFINISHED)
            parts: list[Any] = []
            for v in _seq(items["$tuple"]):
                parts.append(self.decode(v, down))
                self.budget -= 1
                if self.budget <= 0:
                    self.spend(0)
            result: Any = tuple(parts)
            self.containers[slot] = result
            return result
        if "$dict" in items:
            mapping: dict[Any, Any] = {}
            self.register(mapping)
            for pair in _seq(items["$dict"]):
                k, v = _seq(pair)
                mapping[self.decode(k, down)] = self.decode(v, down)
                self.budget -= 1
                if self.budget <= 0:
                    self.spend(0)
            return mapping
        if "$record" in items:
            slot = self.register(_UNFINISHED)
            attrs: dict[str, Any] = {}
            for pair in _seq(items["attrs"]):
                k, v = _seq(pair)
                attrs[str(k)] = self.decode(v, down)
                self.budget -= 1
                if self.budget <= 0:
                    self.spend(0)
            result = Record(str(items["$record"]), attrs)
            self.containers[slot] = result
            return result
        for tag in ("$set", "$frozenset"):
            if tag in items:
                slot = self.register(_UNFINISHED)
                members: list[Any] = []
                for v in _seq(items[tag]):
                    members.append(self.decode(v, down))
                    self.budget -= 1
                    if self.budget <= 0:
                        self.spend(0)
                result = set(members) if tag == "$set" else frozenset(members)
                self.containers[slot] = result
                return result
        return self.scalar(items, down)

    def scalar(self, items: dict[str, Any], down: int) -> Any:
        if "$int" in items:
            return int(_str(items["$int"]), 16)
        if "$float" in items:
            return float(_str(items["$float"]))
        if "$bytes" in items:
            return base64.b64decode(_str(items["$bytes"]), validate=True)
        if "$complex" in items:
            real, imag = _seq(items["$complex"])
            return complex(float(self.decode(real, down)), float(self.decode(imag, down)))
        if "$exception" in items:
            exc_type = _EXCEPTIONS.get(str(items["$exception"]), RuntimeError)
            return exc_type(*[self.decode(a, down) for a in _seq(items["args"])])
        if "$datetime" in items:
            value = datetime.datetime.fromisoformat(_str(items["$datetime"]))
            return value.replace(tzinfo=self.tz(items["tz"], down), fold=int(items["fold"]))
        if "$date" in items:
            return datetime.date.fromisoformat(_str(items["$date"]))
        if "$time" in items:
            moment = datetime.time.fromisoformat(_str(items["$time"]))
            return moment.replace(tzinfo=self.tz(items["tz"], down), fold=int(items["fold"]))
        if "$timedelta" in items:
            days, seconds, micro = _seq(items["$timedelta"])
            return datetime.timedelta(days=int(days), seconds=int(seconds), microseconds=int(micro))
        if "$timezone" in items:
            days, seconds, micro = _seq(items["$timezone"])
            offset = datetime.timedelta(
                days=int(days), seconds=int(seconds), microseconds=int(micro)
            )
            name = items.get("name")
            return (
                datetime.timezone(offset) if name is None else datetime.timezone(offset, str(name))
            )
        if "$decimal" in items:
            return decimal.Decimal(_str(items["$decimal"]))
        if "$fraction" in items:
            num, den = _seq(items["$fraction"])
            return fractions.Fraction(int(self.decode(num, down)), int(self.decode(den, down)))
        if "$uuid" in items:
            return uuid.UUID(hex=_str(items["$uuid"]))
        if "$range" in items:
            start, stop, step = (int(self.decode(n, down)) for n in _seq(items["$range"]))
            return range(start, stop, step)
        raise ValueError(f"malformed value: unknown tag {sorted(items)[:1]}")

    def tz(self, data: Any, down: int) -> datetime.tzinfo | None:
        tz = self.decode(data, down)
        if tz is not None and not isinstance(tz, datetime.timezone):
            raise ValueError("malformed value: a time zone that is not a timezone")
        return tz


def _seq(data: Any) -> list[Any]:
    if type(data) is not list:
        raise ValueError("malformed value: expected a list")
    return cast("list[Any]", data)


def _str(data: Any) -> str:
    if type(data) is not str:
        raise ValueError("malformed value: expected a string")
    return data
