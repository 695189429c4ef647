"""A chart's whole and unit: the total in a donut's hole, a ring's part and whole, a rank field.

Sums and differences meet stated figures, so they are taken in Decimal on the numbers as
written (31.8 + 25.8 + 2.3 + 6.4 + 2.1 + 0.3 is 68.7, not 68.69999...). Number formatting
stays with the caller (model.numbers); these return numbers and words.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from briefing_app.model.chart import ChartSpec

#: What the centre of a donut says under its total when the spec names no `total_label`.
DONUT_TOTAL_LABEL = "合计"
#: A progress ring's whole, when the spec names no `total_label`.
RING_TOTAL_LABEL = "总量"


def as_decimal(value: float) -> Decimal:
    """Return a number as written (its shortest repr), for sums without binary drift."""
    return Decimal(repr(float(value)))


def series_unit(spec: ChartSpec, series: int = 0) -> str:
    """Return the unit of a series: its own, else the chart's."""
    return spec.series[series].unit or spec.unit


def series_values(spec: ChartSpec, series: int = 0) -> tuple[float, ...]:
    """Return the numbers of a series: the loader's resolved values, else the literal ones."""
    s = spec.series[series]
    if s.resolved:
        return s.resolved
    return tuple(float(v) for v in s.values)  # a str here is an unresolved indicator id: bug


def parts_sum(spec: ChartSpec) -> float:
    """Return the sum of the first series in Decimal (the slices of a donut)."""
    if not spec.series:
        return 0.0
    return float(sum((as_decimal(v) for v in series_values(spec, 0)), Decimal(0)))


def chart_total(spec: ChartSpec) -> float:
    """Return the whole a chart states: the resolved `total`, a literal one, else the sum."""
    if spec.resolved_total is not None:
        return spec.resolved_total
    if isinstance(spec.total, int | float):
        return float(spec.total)
    return parts_sum(spec)


def donut_whole(spec: ChartSpec) -> float:
    """Return what a donut's ring stands for and its centre shows.

    A total larger than the parts leaves part of the ring empty; a smaller one is a content
    error the loader reports, and then the slices fill the ring and the centre says their sum.
    """
    return max(chart_total(spec), parts_sum(spec))


def donut_total_label(spec: ChartSpec) -> str:
    """Return the words under a donut's total: the spec's `total_label`, else 合计."""
    return spec.total_label or DONUT_TOTAL_LABEL


@dataclass(frozen=True)
class Ring:
    """A progress ring: its part and whole, what each is called, and the remainder."""

    name: str
    part: float
    whole: float
    whole_name: str

    @property
    def rest(self) -> float:
        """Return whole - part in Decimal (2940.1 - 502.8 = 2437.3 exactly), never negative."""
        return max(float(as_decimal(self.whole) - as_decimal(self.part)), 0.0)


def ring_of(spec: ChartSpec) -> Ring:
    """Return the ring of a PROGRESS_RING spec: `series[0].values[0]` of `total`."""
    series = spec.series[0]
    part = series_values(spec, 0)[0]
    whole = chart_total(spec) or part or 1.0
    name = spec.categories[0] if spec.categories else series.name
    return Ring(name, part, whole, spec.total_label or RING_TOTAL_LABEL)


def ring_captions(ring: Ring, part_text: str, whole_text: str) -> list[str]:
    """Return the lines under a ring's percentage: '年度计划投资 502.8亿元', '总投资 2940.1亿元'."""
    return [f"{ring.name} {part_text}", f"{ring.whole_name} {whole_text}"]


def with_unit(number_text: str, unit: str) -> str:
    """Return a formatted number with its unit, e.g. '187个'; no '%' doubled after a percent."""
    if number_text.endswith("%") and unit == "%":
        return number_text
    return number_text + unit


def rank_field(spec: ChartSpec) -> float:
    """Return the size of a rank marker's field (1..N): the total, at least every rank."""
    stated = spec.resolved_total
    if stated is None and isinstance(spec.total, int | float):
        stated = float(spec.total)
    ranks = series_values(spec, 0) if spec.series else ()
    return max(stated or 0.0, *ranks, 1.0)


def total_unit(spec: ChartSpec) -> str:
    """Return the unit of a chart's `total`: its indicator's, else the first series'."""
    own = spec.total_indicator.unit if spec.total_indicator is not None else ""
    return own or (series_unit(spec, 0) if spec.series else spec.unit)


def rank_field_caption(spec: ChartSpec, whole_text: str) -> str:
    """Return the caption of a rank field: '全国国家级经开区 230个', else '共230个'."""
    return f"{spec.total_label} {whole_text}" if spec.total_label else f"共{whole_text}"
