"""`monty_tools.chart.ChartWriter`: PNG charts, and file names that try to leave the
output directory."""

from __future__ import annotations

import importlib
import os
import struct
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from monty_tools.chart import ChartWriter


@pytest.fixture(autouse=True, scope="module")
def _import_chart() -> None:
    globals()["ChartWriter"] = importlib.import_module("monty_tools.chart").ChartWriter


def _decode_png(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and raw RGB rows of a PNG written by the chart writer (checks CRCs)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body)
        chunks[kind] = chunks.get(kind, b"") + body
        pos += 12 + length
    width, height, depth, color, *_ = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    assert (depth, color) == (8, 2)
    raw = zlib.decompress(chunks[b"IDAT"])
    assert len(raw) == height * (1 + width * 3)
    return width, height, raw


def test_bar_chart_draws_bars(tmp_path: Path) -> None:
    charts = ChartWriter(tmp_path / "out", width=400, height=300)
    info = charts.bar_chart("spend.png", "Spend", ["a", "b", "c"], [10.0, 30.0, 20.0])
    assert (info.name, info.width, info.height) == ("spend.png", 400, 300)
    path = tmp_path / "out" / "spend.png"
    assert charts.written == [path] and info.size == path.stat().st_size
    width, height, raw = _decode_png(path.read_bytes())
    assert (width, height) == (400, 300)
    blue = bytes((54, 112, 184))
    columns = {
        x
        for y in range(height)
        for x in range(width)
        if raw[y * (1 + width * 3) + 1 + x * 3 : y * (1 + width * 3) + 4 + x * 3] == blue
    }
    assert len(columns) > 100  # three bars' worth of blue columns


def test_line_chart_and_negative_values(tmp_path: Path) -> None:
    charts = ChartWriter(tmp_path)
    info = charts.line_chart(
        "trend.png", "Balance", ["Jan", "Feb", "Mar"], {"in": [5.0, -3.0, 8.5], "out": [1, 2, 3]}
    )
    assert info.size > 0
    _decode_png((tmp_path / "trend.png").read_bytes())


@pytest.mark.parametrize(
    "name",
    [
        "../escape.png",
        "../../etc/cron.d/x.png",
        "/tmp/abs.png",
        "sub/dir.png",
        "..png",
        ".hidden.png",
        "chart.txt",
        "chart.png/",
        "chart.png\0.png",
        "c:\\windows.png",
        "",
        "a" * 200 + ".png",
    ],
)
def test_names_that_leave_the_directory_are_refused(tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    charts = ChartWriter(out)
    with pytest.raises(ValueError, match="invalid chart file name"):
        charts.bar_chart(name, "x", ["a"], [1.0])
    assert sorted(p.name for p in tmp_path.rglob("*")) in ([], ["out"])


def test_a_symlink_in_the_directory_is_not_followed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / "victim.txt"
    target.write_text("keep me")
    os.symlink(target, out / "link.png")
    with pytest.raises(ValueError, match=r"cannot write chart 'link\.png'"):
        ChartWriter(out).bar_chart("link.png", "x", ["a"], [1.0])
    assert target.read_text() == "keep me"


@pytest.mark.parametrize(
    ("labels", "values", "message"),
    [
        ([], [], "at least one label"),
        (["a", "b"], [1.0], "one per label"),
        (["a"], [float("nan")], "finite"),
        (["a"] * 1000, [1.0] * 1000, "at most 400"),
    ],
)
def test_bad_data_is_refused_clearly(
    tmp_path: Path, labels: list[str], values: list[float], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        ChartWriter(tmp_path).bar_chart("x.png", "t", labels, values)


def test_many_labels_and_odd_text(tmp_path: Path) -> None:
    charts = ChartWriter(tmp_path)
    labels = [f"day-{i}" for i in range(120)]
    charts.bar_chart("days.png", "Ünïcode & ~ title", labels, [float(i % 7) for i in range(120)])
    charts.line_chart("flat.png", "Flat", ["a", "b"], {"zero": [0.0, 0.0]})
    with pytest.raises(ValueError, match="1 to 6 series"):
        charts.line_chart("x.png", "t", ["a"], {str(i): [1.0] for i in range(7)})
    with pytest.raises(ValueError, match="width"):
        ChartWriter(tmp_path, width=10)
