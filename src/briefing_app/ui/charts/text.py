"""Qt-free text of the live charts: value labels, exact values, hover text and sources."""

from __future__ import annotations

from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartSpec, ReferenceLine
from briefing_app.model.chart_whole import series_unit as series_unit  # re-exported
from briefing_app.model.chart_whole import series_values as series_values  # re-exported
from briefing_app.model.chart_whole import total_unit as total_unit  # re-exported
from briefing_app.model.chart_whole import with_unit
from briefing_app.model.explain import hover_line, where_from
from briefing_app.model.indicator import Indicator
from briefing_app.model.numbers import format_number, format_value


def value_label(value: float, number_format: str, unit: str) -> str:
    """Return a value label such as '187个' or '8%' (no unit doubled after a percent)."""
    return with_unit(format_value(value, number_format), unit)


def indicator_of(spec: ChartSpec, series: int, index: int) -> Indicator | None:
    """Return the indicator a value was resolved from (the loader's), None for a literal."""
    return spec.series[series].point(index)


def source_of(spec: ChartSpec, briefing: Briefing, series: int, index: int) -> str:
    """Return the source sentence behind one value; "" when none is known.

    An indicator's quoted `source` wins; a derived indicator explains its formula in the
    names of its inputs; a literal number falls back to the series' and then the chart's source.
    """
    ind = indicator_of(spec, series, index)
    if ind is not None and (ind.source or ind.formula):
        return where_from(ind, briefing)
    return spec.series[series].source or spec.source or ""


def exact_value(spec: ChartSpec, series: int, index: int) -> str:
    """Return the exact value with its unit as the source states it: '2940.1亿元', '千亿级'."""
    value = series_values(spec, series)[index]
    unit = series_unit(spec, series)
    ind = indicator_of(spec, series, index)
    if ind is None:
        return plain_number(value) + unit
    if ind.label:  # stated only as a class (千亿级): the amount is not the source's
        return ind.label
    return format_number(value, ind.decimals) + (unit or ind.unit)


def plain_number(value: float) -> str:
    """Return a number without trailing zeros: 187.0 -> '187', 2940.10 -> '2940.1'."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def hover_text(spec: ChartSpec, briefing: Briefing, name: str, series: int, index: int) -> str:
    """Return '<name>：<exact value><unit> — 来源：<source>' (no source part when unknown)."""
    value = exact_value(spec, series, index)
    return hover_line(name, value, source_of(spec, briefing, series, index))


def reference_value(ref: ReferenceLine) -> float:
    """Return the numeric value of a reference line (an indicator id resolves to `resolved`)."""
    if isinstance(ref.value, str):
        return ref.resolved
    return float(ref.value)


def source_of_total(spec: ChartSpec, briefing: Briefing) -> str:
    """Return the source sentence of a chart's `total` when it names an indicator."""
    ind = spec.total_indicator
    if ind is not None and (ind.source or ind.formula):
        return where_from(ind, briefing)
    return spec.source or ""
