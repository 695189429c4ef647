"""Value labels, exact values and sources (no Qt needed)."""

from __future__ import annotations

from chart_specs import SPECS, builtin_charts

from briefing_app.model.chart import ChartKind
from briefing_app.model.numbers import format_value
from briefing_app.ui.charts.text import (
    exact_value,
    hover_text,
    plain_number,
    source_of,
    value_label,
)


def test_number_formats() -> None:
    assert format_value(187.0, "0") == "187"
    assert format_value(502.8, "0.0") == "502.8"
    assert format_value(2940.1, "#,##0.0") == "2,940.1"
    assert format_value(0.171, "0%") == "17%"
    assert format_value(-0.2, "0") == "0"  # no "-0" while counting up
    assert value_label(8, "0", "%") == "8%"
    assert value_label(0.08, "0%", "%") == "8%"
    assert value_label(187, "0", "个") == "187个"
    assert plain_number(2940.10) == "2940.1"


def test_literal_values_take_the_series_source(builtin) -> None:  # type: ignore[no-untyped-def]
    spec = SPECS[ChartKind.BAR]
    assert source_of(spec, builtin, 0, 0) == "地区生产总值增长8%"
    assert (
        hover_text(spec, builtin, "地区生产总值", 0, 0)
        == "地区生产总值：8% — 来源：地区生产总值增长8%"
    )


def test_indicator_values_take_the_indicator_source_and_label(builtin) -> None:  # type: ignore[no-untyped-def]
    for _, spec in builtin_charts(builtin):
        for s, series in enumerate(spec.series):
            for i, ref in enumerate(series.refs):
                if not ref:
                    continue
                ind = builtin.indicator(ref)
                if ind.source:
                    assert source_of(spec, builtin, s, i) == ind.source.replace("**", "")
                if ind.label:
                    assert exact_value(spec, s, i) == ind.label  # as the source says
