"""A chart's whole and unit: Decimal sums, the ring's parts, the rank field and captions."""

from __future__ import annotations

import dataclasses

from briefing_app.model.chart import ChartKind, ChartSpec, Series
from briefing_app.model.chart_whole import (
    chart_total,
    donut_total_label,
    donut_whole,
    rank_field,
    rank_field_caption,
    ring_captions,
    ring_of,
    total_unit,
    with_unit,
)
from briefing_app.model.indicator import Indicator, IndicatorKind


def _spec(kind: ChartKind, values: list[float], **kw: object) -> ChartSpec:
    series = Series("s", tuple(values), unit="亿元", resolved=tuple(values))
    cats = tuple(f"c{i}" for i in range(len(values)))
    return ChartSpec(kind, cats, (series,), **kw)  # type: ignore[arg-type]


def test_donut_sum_is_decimal_exact() -> None:
    spec = _spec(ChartKind.DONUT, [31.8, 25.8, 2.3, 6.4, 2.1, 0.3])
    assert chart_total(spec) == 68.7
    assert donut_whole(spec) == 68.7
    assert donut_total_label(spec) == "合计"


def test_donut_whole_is_the_stated_total_or_the_larger_sum() -> None:
    spec = _spec(ChartKind.DONUT, [1, 2], total=10, resolved_total=10.0, total_label="全部")
    assert donut_whole(spec) == 10.0 and donut_total_label(spec) == "全部"
    assert donut_whole(_spec(ChartKind.DONUT, [5, 6], resolved_total=10.0)) == 11.0


def test_ring_parts_and_captions() -> None:
    spec = _spec(ChartKind.PROGRESS_RING, [502.8], resolved_total=2940.1, total_label="总投资")
    ring = ring_of(spec)
    assert (ring.name, ring.part, ring.whole, ring.rest) == ("c0", 502.8, 2940.1, 2437.3)
    assert ring_captions(ring, "502.8亿元", "2940.1亿元") == [
        "c0 502.8亿元",
        "总投资 2940.1亿元",
    ]
    assert ring_of(_spec(ChartKind.PROGRESS_RING, [5.0])).whole_name == "总量"


def test_rank_field_and_units() -> None:
    spec = _spec(ChartKind.RANK_MARKER, [58, 20], total="zones", resolved_total=230.0)
    assert rank_field(spec) == 230.0
    assert rank_field(_spec(ChartKind.RANK_MARKER, [58, 20])) == 58.0  # no sum of ranks
    zones = Indicator("zones", "经开区", IndicatorKind.COUNT, "个", 2022, value=230)
    assert total_unit(dataclasses.replace(spec, total_indicator=zones)) == "个"
    assert total_unit(spec) == "亿元"  # no indicator behind the total: the series' unit
    assert rank_field_caption(spec, "230个") == "共230个"
    assert with_unit("8%", "%") == "8%" and with_unit("187", "个") == "187个"
