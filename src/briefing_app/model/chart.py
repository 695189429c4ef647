"""The chart spec: one semantic description rendered both live and into PowerPoint."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class ChartKind(str, Enum):
    """Every kind of chart the app can draw; each renderer registry covers all of them."""

    BAR = "bar"  # one series, value labels, optional target line
    GROUPED_BAR = "grouped_bar"  # several series side by side per category
    DONUT = "donut"  # parts of a whole, total in the middle
    PROGRESS_RING = "progress_ring"  # one part of a total as a ring or gauge
    RANK_MARKER = "rank_marker"  # a position among N with a goal position
    SCALE_BARS = "scale_bars"  # horizontal bars of magnitude, e.g. cluster scales
    LINE_TARGET = "line_target"  # a tracked series against a target band


@dataclass(frozen=True)
class Series:
    """A named series; each value is a number or the id of an indicator.

    `values` holds what was written; the loader resolves indicator ids into `resolved`
    (numbers in the same order) and records which indicator each came from in `refs`.
    """

    name: str
    values: tuple[float | str, ...]
    unit: str = ""
    number_format: str = "0"  # Excel-style: "0", "0.0", "0%"
    color: str = "primary"  # a colour token of the theme
    source: str | None = None
    resolved: tuple[float, ...] = field(default=(), metadata={"derived": True})
    refs: tuple[str | None, ...] = field(default=(), metadata={"derived": True})


@dataclass(frozen=True)
class ReferenceLine:
    """A target or reference value drawn across the chart (a flat series in PowerPoint)."""

    value: float | str
    label: str
    style: str = "target"  # target | reference
    resolved: float = field(default=0.0, metadata={"derived": True})


@dataclass(frozen=True)
class Band:
    """A target band (low..high) behind a line chart."""

    low: float
    high: float
    label: str = ""


@dataclass(frozen=True)
class ChartSpec:
    """A chart: kind, categories, series, units, number format and reference lines."""

    kind: ChartKind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    title: str = ""
    unit: str = ""
    total: float | str | None = None  # donut/progress ring/rank: the whole
    total_label: str = ""
    reference_lines: tuple[ReferenceLine, ...] = ()
    band: Band | None = None
    y_max: float | None = None  # fixed axis top; computed from values when absent
    source: str | None = None
    resolved_total: float | None = field(default=None, metadata={"derived": True})

    def value_at(self, series: int, category: int) -> float:
        """Return the resolved value of one bar, slice or point."""
        return self.series[series].resolved[category]
