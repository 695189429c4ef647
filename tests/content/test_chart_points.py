"""After loading, a chart's points carry their indicators; an edit re-resolves them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from tests.conftest import ROOT, write_briefing

from briefing_app.content import load_briefing
from briefing_app.content.edit_session import EditSession
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartSpec, ReferenceLine, Series
from briefing_app.model.edits import SetIndicatorField
from briefing_app.model.field_path import strip_derived
from briefing_app.model.panels import ChartPanel, panel_charts

BRIEFINGS = [
    ROOT / "resources" / "briefings" / "etdz-2023",
    *sorted(p.parent for p in (ROOT / "tests" / "data").glob("*/briefing.yaml")),
]


def _donut(briefing: Briefing) -> ChartSpec:
    panel = next(p for p in briefing.panels if p.id == "donut")
    assert isinstance(panel, ChartPanel)
    return panel.chart


@pytest.mark.parametrize("folder", BRIEFINGS, ids=[p.name for p in BRIEFINGS])
def test_every_point_is_the_briefings_own_indicator(folder: Path) -> None:
    briefing = load_briefing(folder)
    charts = [chart for panel in briefing.panels for chart in panel_charts(panel)]
    assert charts
    for chart in charts:
        for series in chart.series:
            assert len(series.points) == len(series.values)
            for raw, point in zip(series.values, series.points, strict=True):
                if isinstance(raw, str):
                    assert point is briefing.indicator(raw)  # the object, not a copy
                else:
                    assert point is None
        for line in chart.reference_lines:
            want = briefing.indicator(line.value) if isinstance(line.value, str) else None
            assert line.indicator is want
        if isinstance(chart.total, str):
            assert chart.total_indicator is briefing.indicator(chart.total)
        else:
            assert chart.total_indicator is None


def test_the_indicators_are_derived_fields_never_written() -> None:
    derived = {
        (cls.__name__, f.name)
        for cls in (Series, ReferenceLine, ChartSpec)
        for f in dataclasses.fields(cls)
        if f.metadata.get("derived")
    }
    assert {("Series", "points"), ("ReferenceLine", "indicator")} <= derived
    assert ("ChartSpec", "total_indicator") in derived


def test_strip_derived_drops_the_indicators(tmp_path: Path) -> None:
    chart = _donut(load_briefing(write_briefing(tmp_path / "b")))
    stripped = strip_derived(chart)
    assert chart.series[0].points and chart.total_indicator is not None
    assert stripped.series[0].points == () and stripped.total_indicator is None
    assert stripped.series[0].refs == ("new", "continuing", "preliminary")  # as written


@pytest.mark.parametrize(
    ("field", "value"),
    [("target", 190), ("unit", "家"), ("label", "近两百"), ("name", "新开工项目")],
)
def test_an_indicator_edit_reaches_the_chart_point(
    tmp_path: Path, field: str, value: object
) -> None:
    session = EditSession(write_briefing(tmp_path / "b"))
    changes = session.apply(SetIndicatorField("new", field, value))
    assert "donut" in changes.panels
    new = session.briefing.indicator("new")
    assert getattr(new, field) == value
    point = _donut(session.briefing).series[0].points[0]
    assert point is new  # never the indicator from before the edit
    session.undo()
    assert _donut(session.briefing).series[0].points[0] is session.briefing.indicator("new")
    assert getattr(session.briefing.indicator("new"), field) != value


def test_an_edit_of_the_total_reaches_the_chart(tmp_path: Path) -> None:
    session = EditSession(write_briefing(tmp_path / "b"))
    session.apply(SetIndicatorField("projects", "unit", "项"))
    chart = _donut(session.briefing)
    assert chart.total_indicator is session.briefing.indicator("projects")
    assert chart.total_indicator.unit == "项"


def test_a_saved_edit_writes_no_resolved_indicator(tmp_path: Path) -> None:
    file = write_briefing(tmp_path / "b")
    before = file.read_text(encoding="utf-8")
    session = EditSession(file)
    session.apply(SetIndicatorField("new", "name", "新开工项目"))
    session.save()
    after = file.read_text(encoding="utf-8")
    changed = [line for line in after.splitlines() if line not in before.splitlines()]
    assert len(changed) == 1 and "新开工项目" in changed[0]  # only the figure's own line
    for word in ("points", "total_indicator", "indicator:", "resolved", "decimals: ["):
        assert word not in after or word in before, word
    chart = _donut(load_briefing(file))
    assert chart.series[0].points[0] is not None and chart.series[0].points[0].name == "新开工项目"


def test_the_dump_names_a_chart_points_indicators_by_id(tmp_path: Path) -> None:
    from briefing_app.content.dump import to_data

    data = to_data(load_briefing(write_briefing(tmp_path / "b")))
    panel = next(p for s in data["sections"] for p in s["panels"] if p["id"] == "donut")
    assert panel["chart"]["series"][0]["points"] == ["new", "continuing", "preliminary"]
    assert panel["chart"]["total_indicator"] == "projects"
    assert panel["chart"]["series"][0]["resolved"] == [187, 142, 64]
