"""The wire encoding of plain data between the host and a worker (`_process/values.py`)."""

from __future__ import annotations

import datetime
import decimal
import fractions
import json
import uuid
from typing import Any

import pytest

from monty_agent import MontyObject
from monty_agent._process import values


def roundtrip(value: Any) -> Any:
    return values.decode(json.loads(json.dumps(values.encode(value))))


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        -(2**80),
        2**53,
        1.5,
        float("inf"),
        "x\ud800",
        b"\x00\xff",
        3 - 4j,
        (1, [2, {3: (4,)}], {5}, frozenset({6})),
        datetime.datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=datetime.UTC, fold=1),
        datetime.datetime(2024, 5, 6),
        datetime.date(2024, 5, 6),
        datetime.time(7, 8, tzinfo=datetime.timezone(datetime.timedelta(hours=2), "X")),
        datetime.timedelta(days=-1, seconds=5, microseconds=7),
        decimal.Decimal("-1.50"),
        fractions.Fraction(-2, 3),
        uuid.UUID(int=12345),
        range(1, 10, 3),
        MontyObject("P", {"x": 1, "y": [2]}),
        ValueError("bad", 1),
    ],
)
def test_plain_data_crosses_unchanged(value: Any) -> None:
    out = roundtrip(value)
    if isinstance(value, BaseException):
        assert (type(out), out.args) == (type(value), value.args)
    elif isinstance(value, float) and value != value:  # pragma: no cover - nan
        assert out != out
    else:
        assert out == value and type(out) is type(value)


def test_shared_containers_and_cycles_keep_their_shape() -> None:
    row = [1, 2]
    out = roundtrip([row, row, (row,)])
    assert out[0] is out[1] is out[2][0]
    loop: list[Any] = []
    loop.append(loop)
    again = roundtrip(loop)
    assert again[0] is again
    dag: list[Any] = [0]
    for _ in range(100):  # 2**100 leaves as a tree: sent once per level
        dag = [dag, dag]
    assert len(json.dumps(values.encode(dag))) < 5000


def test_what_cannot_cross_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot cross"):
        values.encode(object())
    deep: list[Any] = []
    for _ in range(values.MAX_DEPTH + 1):
        deep = [deep]
    with pytest.raises(ValueError, match="nested too deeply"):
        values.encode(deep)


def test_ticks_while_encoding() -> None:
    ticks: list[int] = []
    values.encode([[i] for i in range(10_000)], lambda: ticks.append(1))
    assert ticks


@pytest.mark.parametrize(
    "data",
    [
        {"$ref": 5},
        {"$tuple": [{"$ref": 0}]},
        {"$nope": 1},
        {"$int": 5},
        {"$dict": [[1]]},
        {"$timezone": [0, 0], "name": None},
        {"$datetime": "2024-01-01T00:00:00", "tz": 1, "fold": 0},
        {"$decimal": "x"},
        {"$bytes": "!!"},
        {"$range": [0, 1, 0]},
        {"$tuple": 3},
        1j,
    ],
)
def test_malformed_values_are_refused(data: Any) -> None:
    with pytest.raises(ValueError, match="malformed"):
        values.decode(data)


def test_deeply_nested_input_is_refused() -> None:
    data: Any = 1
    for _ in range(values.MAX_DEPTH + 1):
        data = [data]
    with pytest.raises(ValueError, match="nested too deeply"):
        values.decode(data)


@pytest.mark.parametrize(
    "items",
    [
        ["a", None, True, "é\udc80"],
        [1, -(2**53) + 1, 2**53 - 1],
        [1, 2**53],  # one int JSON cannot carry exactly: encoded one by one
        [0.5, float("inf")],  # not finite: the same
        [1, "a", 2.5],  # mixed kinds: the same
        [],
    ],
)
def test_lists_of_atoms_cross_unchanged(items: list[Any]) -> None:
    for value in (items, tuple(items), [items, items]):
        data = json.loads(json.dumps(values.encode(value), allow_nan=False))
        assert values.decode(data) == value


def test_long_lists_tick_while_they_are_encoded_and_decoded() -> None:
    """A tick (which may stop the work at the run's time limit) comes every few thousand
    items, also inside one long list, in both directions."""
    ticks: list[int] = []
    long_list = [[i] for i in range(20_000)]
    data = values.encode(long_list, lambda: ticks.append(1))
    assert len(ticks) >= 4
    ticks.clear()
    assert values.decode(data, lambda: ticks.append(1)) == long_list
    assert len(ticks) >= 4
    ticks.clear()
    atoms = ["x"] * 100_000
    assert (
        values.decode(values.encode(atoms, lambda: ticks.append(1)), lambda: ticks.append(1))
        == atoms
    )
    assert len(ticks) >= 2

    def stop() -> None:
        raise TimeoutError("the time limit")

    with pytest.raises(TimeoutError):
        values.encode(long_list, stop)
    with pytest.raises(TimeoutError):
        values.decode(data, stop)
