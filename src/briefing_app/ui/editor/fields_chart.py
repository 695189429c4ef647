"""The inspector's rows for a chart: kind, categories, total, series, reference lines, band."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import Band, ChartKind, ChartSpec, ReferenceLine, Series
from briefing_app.model.colors import COLOUR_TOKENS
from briefing_app.model.edits import Edit, InsertItem, SetPanelField
from briefing_app.model.panels import PanelBase, TaskPanel, panel_charts
from briefing_app.ui.editor.fields import (
    Button,
    Field,
    Row,
    choice_field,
    element,
    find_panel,
    grouped,
    number_field,
    parse_list,
    parse_number,
    parse_number_or_id,
    parse_optional_number,
    parse_values,
    read_path,
    text_field,
    written,
)
from briefing_app.ui.i18n import tr

C = "chart"  # the path of a panel's chart (a chart panel's and a task's alike)


def chart_rows(panel: PanelBase) -> list[Row]:
    """Return the rows of the panel's chart (none when it has no chart)."""
    charts, pid = panel_charts(panel), panel.id
    optional = isinstance(panel, TaskPanel)  # a task may have a chart; a chart panel must
    if not charts:
        if not optional:
            return []
        series = (Series(name=tr("editor.new_series", n=1), values=(0,)),)
        new_chart = ChartSpec(ChartKind.BAR, (tr("editor.new_category"),), series)
        return [Button("editor.add_chart", SetPanelField(pid, C, new_chart), "editor.g.chart")]
    chart = charts[0]
    kinds = tuple((k.value, tr(f"chart.{k.value}")) for k in ChartKind)
    kind = choice_field(pid, f"{C}.kind", "editor.f.chart_kind", kinds)
    if optional:
        kind = dataclasses.replace(kind, removes=SetPanelField(pid, C, None))
    rows: list[Row] = grouped(
        [
            kind,
            text_field(pid, f"{C}.title", "editor.f.chart_title"),
            text_field(pid, f"{C}.unit", "editor.f.unit"),
            _field(pid, "categories", "editor.f.categories", _join, parse_list),
            _field(pid, "total", "editor.f.total", written, _optional_number_or_id),
            text_field(pid, f"{C}.total_label", "editor.f.total_label"),
            number_field(pid, f"{C}.y_max", "editor.f.y_max"),
            text_field(pid, f"{C}.source", "editor.f.its_source", optional=True),
        ],
        "editor.g.chart",
    )
    for j in range(len(chart.series)):
        rows += grouped(_series(pid, j, len(chart.series)), "editor.g.series", j + 1)
    values = tuple(0 for _ in chart.categories) or (0,)
    new = Series(name=tr("editor.new_series", n=len(chart.series) + 1), values=values)
    add = InsertItem(pid, f"{C}.series", len(chart.series), new)
    rows.append(Button("editor.add_series", add, "editor.g.series", len(chart.series)))
    lines = chart.reference_lines
    for k in range(len(lines)):
        rows += grouped(_line(pid, k, len(lines)), "editor.g.reference", k + 1)
    add = InsertItem(pid, f"{C}.reference_lines", len(lines), ReferenceLine(0, tr("editor.target")))
    rows.append(Button("editor.add_reference", add, "editor.g.reference", len(lines)))
    if chart.band is None:
        band = SetPanelField(pid, f"{C}.band", Band(0, 1))
        rows.append(Button("editor.add_band", band, "editor.g.band"))
    else:
        low = number_field(pid, f"{C}.band.low", "editor.f.band_low")
        rows += grouped(
            [
                dataclasses.replace(low, removes=SetPanelField(pid, f"{C}.band", None)),
                _field(pid, "band.high", "editor.f.band_high", written, parse_number),
                text_field(pid, f"{C}.band.label", "editor.f.band_label"),
            ],
            "editor.g.band",
        )
    return rows


def _series(pid: str, j: int, count: int) -> list[Row]:
    at = f"{C}.series[{j}]"
    colours = tuple((token, tr(f"colour.{token}")) for token in COLOUR_TOKENS)
    name = text_field(pid, f"{at}.name", "editor.f.series_name")
    return [
        element(name, pid, f"{C}.series", j, count),
        _field(pid, f"series[{j}].values", "editor.f.values", _join, parse_values),
        text_field(pid, f"{at}.unit", "editor.f.unit"),
        text_field(pid, f"{at}.number_format", "editor.f.number_format", optional=True),
        choice_field(pid, f"{at}.color", "editor.f.colour", colours),
        text_field(pid, f"{at}.source", "editor.f.its_source", optional=True),
    ]


def _line(pid: str, k: int, count: int) -> list[Row]:
    at = f"{C}.reference_lines[{k}]"
    styles = tuple((s, tr(f"editor.line_{s}")) for s in ("target", "reference"))
    value = _field(
        pid, f"reference_lines[{k}].value", "editor.f.line_value", written, parse_number_or_id
    )
    return [
        element(value, pid, f"{C}.reference_lines", k, count),
        text_field(pid, f"{at}.label", "editor.f.line_label"),
        choice_field(pid, f"{at}.style", "editor.f.line_style", styles),
    ]


def _field(
    pid: str, name: str, label: str, show: Callable[[Any], str], parse: Callable[[str], object]
) -> Field:
    """Return a field of the chart at `name` shown by `show` and typed through `parse`."""
    path = f"{C}.{name}"

    def read(b: Briefing) -> str:
        return show(read_path(find_panel(b, pid), path))

    def edit(text: str) -> Edit:
        return SetPanelField(pid, path, parse(text))

    return Field(path, label, read, edit)


def _join(values: tuple[float | str, ...]) -> str:
    return ", ".join(written(v) for v in values)


def _optional_number_or_id(text: str) -> float | str | None:
    if not text.strip():
        return None
    try:
        return parse_optional_number(text)
    except ValueError:
        return text.strip()
