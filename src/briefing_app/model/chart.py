"""The chart spec: one semantic description rendered both live and into PowerPoint."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from briefing_app.model.indicator import Indicator
from briefing_app.model.numbers import GENERAL, excel_format, format_point, written_decimals


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

    `values` holds what was written; the loader resolves them once into `resolved` (numbers
    in the same order), `points` (the Indicator each came from, None for a literal number)
    and `decimals` (the decimals each figure is stated with: its indicator's, or the
    literal's own). Views read the indicator from `points`, never by id from the briefing.
    Without `number_format` every figure is shown as stated; a format overrides them all.
    """

    name: str
    values: tuple[float | str, ...]
    unit: str = ""
    number_format: str | None = None  # Excel-style "0", "0.0", "0%"; None: each as stated
    color: str = "primary"  # a colour token of the theme
    source: str | None = None
    resolved: tuple[float, ...] = field(default=(), metadata={"derived": True})
    # repr=False: a panel's repr (the check memo's key) names its indicators once, by id
    points: tuple[Indicator | None, ...] = field(default=(), metadata={"derived": True}, repr=False)
    decimals: tuple[int, ...] = field(default=(), metadata={"derived": True})

    @property
    def refs(self) -> tuple[str | None, ...]:
        """Return the indicator id each value names as written (None for a literal number)."""
        return tuple(v if isinstance(v, str) else None for v in self.values)

    def point(self, index: int) -> Indicator | None:
        """Return the indicator figure `index` was resolved from; None for a literal number."""
        return self.points[index] if index < len(self.points) else None

    def decimals_at(self, index: int) -> int:
        """Return the decimals figure `index` is stated with."""
        if index < len(self.decimals):
            return self.decimals[index]
        raw = self.values[index] if index < len(self.values) else 0
        return 0 if isinstance(raw, str) else written_decimals(raw)

    def point_format(self, index: int) -> str:
        """Return the Excel-style format figure `index` is shown in ("0.0" for 6.2)."""
        return self.number_format or excel_format(self.decimals_at(index))

    def common_format(self) -> str:
        """Return one format for the whole series (the deck's data labels): the override,
        else the points' shared format, else "General", which shows each as stated."""
        if self.number_format:
            return self.number_format
        count = max(len(self.values), len(self.decimals))
        found = {self.decimals_at(i) for i in range(count)} or {0}
        return excel_format(found.pop()) if len(found) == 1 else GENERAL

    def format_at(self, index: int, value: float) -> str:
        """Return `value` (figure `index`, or a count-up towards it) as the figure is stated."""
        return format_point(value, self.decimals_at(index), self.number_format)


@dataclass(frozen=True)
class ReferenceLine:
    """A target or reference value drawn across the chart (a flat series in PowerPoint)."""

    value: float | str
    label: str
    style: str = "target"  # target | reference
    resolved: float = field(default=0.0, metadata={"derived": True})
    indicator: Indicator | None = field(default=None, metadata={"derived": True}, repr=False)
    decimals: int = field(default=0, metadata={"derived": True})

    def shown_format(self, number_format: str | None) -> str:
        """Return the format of the line's label: the series' override, else as stated."""
        if number_format:
            return number_format
        own = written_decimals(self.value) if not isinstance(self.value, str) else 0
        return excel_format(max(own, self.decimals))


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
    total_decimals: int = field(default=0, metadata={"derived": True})
    # the indicator `total` names, resolved by the loader (None for a literal or no total)
    total_indicator: Indicator | None = field(default=None, metadata={"derived": True}, repr=False)

    def total_format(self) -> str:
        """Return the format of the whole: the first series' override, else as stated."""
        override = self.series[0].number_format if self.series else None
        if override:
            return override
        if self.total is not None and not isinstance(self.total, str):
            return excel_format(written_decimals(self.total))
        return excel_format(self.total_decimals)

    def value_at(self, series: int, category: int) -> float:
        """Return the resolved value of one bar, slice or point."""
        return self.series[series].resolved[category]
