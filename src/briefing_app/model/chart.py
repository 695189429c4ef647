"""The chart spec: one semantic description rendered both live and into PowerPoint."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ChartKind(StrEnum):
    """Every kind of chart the app can draw; each renderer registry covers all of them.

    How each kind reads the spec (the live renderer and the PowerPoint writer agree on it):

    - BAR: one bar per category from `series[0]`, value labels; `reference_lines` as targets.
    - GROUPED_BAR: categories are groups (开工, 竣工); one series per period (2022 achieved,
      2023 planned), bars side by side with value labels.
    - DONUT: categories are slices, `series[0]` their values; `total` (shown in the middle
      with `total_label`) is the whole.
    - PROGRESS_RING: `series[0].values[0]` is the part, `total` the whole; the ring fills to
      part/total and the centre shows the percentage (a half doughnut in PowerPoint).
    - RANK_MARKER: `total` is the size of the field (230 zones); each category is a marker
      and `series[0]` its position (rank 20 = the goal), drawn on a 1..total scale.
    - SCALE_BARS: horizontal bars of magnitude per category from `series[0]` (the clusters'
      千亿 / 两千亿 / 千亿 in 亿元); labels use the indicator's `label` when it has one.
    - LINE_TARGET: categories are periods, `series[0]` the tracked values, `band` the target
      band and `reference_lines` the target; points outside the band are marked.
    """

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
