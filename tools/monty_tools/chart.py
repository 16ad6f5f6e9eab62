"""`ChartWriter`: bar and line charts as PNG files, written where the host decides.

Sandboxed code gives the data and a file *name*; the directory is the host's
(`ChartWriter(out_dir)`). A name is a plain file name ending in `.png` (letters, digits,
`-`, `_` and `.`; no `/`, no `..`, no hidden files), and the file is opened without
following symlinks, so a name cannot reach any path outside `out_dir`.

The PNG is drawn in pure Python (`zlib` + `struct`, a 3x5 pixel font): no plotting
library, no fonts from the system.

>>> import tempfile
>>> charts = ChartWriter(tempfile.mkdtemp())
>>> chart = charts.bar_chart('sales.png', 'Sales', ['Jan', 'Feb'], [120.5, 98.0])
>>> chart.name, chart.width, chart.height
('sales.png', 800, 480)
>>> (charts.out_dir / 'sales.png').read_bytes()[:4]
b'\\x89PNG'
"""

from __future__ import annotations

import itertools
import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field

from ._png import Canvas, Color, text_width

__all__ = ["ChartFile", "ChartWriter"]

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.png")
_PALETTE: tuple[Color, ...] = (
    (54, 112, 184),
    (230, 126, 34),
    (46, 160, 90),
    (192, 57, 43),
    (142, 68, 173),
    (22, 160, 160),
)
_INK: Color = (40, 40, 40)
_GRID: Color = (225, 225, 225)
_MAX_POINTS = 400
_MAX_SERIES = len(_PALETTE)


class ChartFile(BaseModel):
    """A chart that was written."""

    name: str = Field(description="The file name, in the host's output directory.")
    width: int
    height: int
    size: int = Field(description="The file size in bytes.")


@dataclass
class ChartWriter:
    """Writes charts into `out_dir` (created if missing).

    Give `charts.bar_chart` and `charts.line_chart` to an agent or a sandbox as tools.
    """

    out_dir: Path | str
    """Where the charts go: the only directory this writer ever writes to."""
    width: int = 800
    height: int = 480
    written: list[Path] = field(default_factory=list[Path])
    """The files written so far (host paths)."""

    def __post_init__(self) -> None:
        self.out_dir = Path(self.out_dir).resolve()
        if not 200 <= self.width <= 4000 or not 150 <= self.height <= 4000:
            raise ValueError("width must be 200-4000 and height 150-4000 pixels")

    def bar_chart(
        self, file_name: str, title: str, labels: list[str], values: list[float]
    ) -> ChartFile:
        """Write a bar chart as a PNG file named `file_name` (e.g. 'by_category.png') in the
        output directory: one bar per label, with its value."""
        _check_points(labels, {"values": values})
        canvas, plot = self._frame(title, [min(values), max(values)])
        slot = (plot.right - plot.left) / len(values)
        bar = max(1, int(slot * 0.7))
        for i, value in enumerate(values):
            x = int(plot.left + slot * i + (slot - bar) / 2)
            canvas.rect(x, plot.y(value), x + bar - 1, plot.y(0), _PALETTE[0])
        self._x_labels(canvas, plot, labels, slot)
        return self._save(file_name, canvas)

    def line_chart(
        self, file_name: str, title: str, labels: list[str], series: dict[str, list[float]]
    ) -> ChartFile:
        """Write a line chart as a PNG file named `file_name` (e.g. 'by_month.png') in the
        output directory: `labels` along the x axis, one line per entry of `series` (a
        name and one value per label), with a legend."""
        _check_points(labels, series)
        everything = [v for values in series.values() for v in values]
        canvas, plot = self._frame(title, [min(everything), max(everything)])
        slot = (plot.right - plot.left) / len(labels)
        legend_x = plot.left
        for index, (name, values) in enumerate(series.items()):
            color = _PALETTE[index]
            points = [(int(plot.left + slot * (i + 0.5)), plot.y(v)) for i, v in enumerate(values)]
            for (x0, y0), (x1, y1) in itertools.pairwise(points):
                canvas.line(x0, y0, x1, y1, color, thickness=3)
            for x, y in points:
                canvas.rect(x - 3, y - 3, x + 3, y + 3, color)
            legend_y = plot.bottom + 32  # the legend: a row under the x labels
            canvas.rect(legend_x, legend_y, legend_x + 9, legend_y + 9, color)
            canvas.text(legend_x + 16, legend_y, name[:20], _INK)
            legend_x += 16 + text_width(name[:20], 2) + 24
        self._x_labels(canvas, plot, labels, slot)
        return self._save(file_name, canvas)

    def _frame(self, title: str, extremes: list[float]) -> tuple[Canvas, _Plot]:
        """A canvas with the title, the axes and the y grid, and the plot area's scale."""
        canvas = Canvas(self.width, self.height)
        canvas.text(20, 16, title[:60], _INK, scale=3)
        low, high, step = _nice_range(min(0.0, *extremes), max(0.0, *extremes))
        plot = _Plot(
            left=90, right=self.width - 20, top=60, bottom=self.height - 60, low=low, high=high
        )
        tick = low
        while tick <= high + step / 2:
            y = plot.y(tick)
            canvas.line(plot.left, y, plot.right, y, _GRID)
            label = _format_tick(tick, step)
            canvas.text(plot.left - 8 - text_width(label, 2), y - 5, label, _INK)
            tick += step
        canvas.line(plot.left, plot.top, plot.left, plot.bottom, _INK)
        canvas.line(plot.left, plot.y(0), plot.right, plot.y(0), _INK)
        return canvas, plot

    def _x_labels(self, canvas: Canvas, plot: _Plot, labels: Sequence[str], slot: float) -> None:
        """The labels under the x axis: as many characters as fit, every n-th label when
        there are too many."""
        chars = max(int(slot // 8), 1)
        every = 1
        if chars < 4:  # too narrow: show fewer labels, each with more room
            every = math.ceil(4 / chars)
            chars = max(int(slot * every // 8) - 1, 1)
        for i in range(0, len(labels), every):
            label = labels[i][:chars]
            center = plot.left + slot * (i + 0.5)
            canvas.text(int(center - text_width(label, 2) / 2), plot.bottom + 10, label, _INK)

    def _save(self, file_name: str, canvas: Canvas) -> ChartFile:
        path = self._target(file_name)
        data = canvas.png()
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(path, flags, 0o644)
        except OSError as exc:
            raise ValueError(f"cannot write chart {file_name!r}: {exc.strerror}") from None
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        if path not in self.written:
            self.written.append(path)
        return ChartFile(name=file_name, width=canvas.width, height=canvas.height, size=len(data))

    def _target(self, file_name: str) -> Path:
        """The host path for `file_name`, which must be a plain `.png` name."""
        if not isinstance(file_name, str) or not _NAME.fullmatch(file_name) or ".." in file_name:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ValueError(
                f"invalid chart file name {file_name!r}: use a plain name like 'chart.png' "
                "(letters, digits, '-', '_' and '.', ending in .png, no directories)"
            )
        out_dir = Path(self.out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / file_name
        if path.parent != out_dir:  # pragma: no cover - the name pattern already ensures it
            raise ValueError(f"invalid chart file name {file_name!r}")
        return path


@dataclass(frozen=True)
class _Plot:
    left: int
    right: int
    top: int
    bottom: int
    low: float
    high: float

    def y(self, value: float) -> int:
        """The pixel row of `value`."""
        share = (value - self.low) / (self.high - self.low)
        return round(self.bottom - share * (self.bottom - self.top))


def _check_points(labels: Sequence[str], series: Mapping[str, Sequence[float]]) -> None:
    if not labels:
        raise ValueError("a chart needs at least one label")
    if len(labels) > _MAX_POINTS:
        raise ValueError(f"a chart can show at most {_MAX_POINTS} labels, not {len(labels)}")
    if not series or len(series) > _MAX_SERIES:
        raise ValueError(f"a chart needs 1 to {_MAX_SERIES} series, not {len(series)}")
    for name, values in series.items():
        if len(values) != len(labels):
            raise ValueError(
                f"{name!r} has {len(values)} values for {len(labels)} labels: give one per label"
            )
        if not all(math.isfinite(v) for v in values):
            raise ValueError(f"{name!r} has a value that is not a finite number")


def _nice_range(low: float, high: float) -> tuple[float, float, float]:
    """An axis range covering [low, high] with round tick steps (about 5 ticks)."""
    if high == low:
        high = low + 1
    raw = (high - low) / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _format_tick(value: float, step: float) -> str:
    if step >= 1 and float(value).is_integer():
        number = int(value)
        if abs(number) >= 10_000:
            return f"{number / 1000:g}K"
        return str(number)
    return f"{value:.{max(0, -math.floor(math.log10(step)) + 1)}f}".rstrip("0").rstrip(".")
