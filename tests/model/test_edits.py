"""Edit operations: each returns a new briefing and names exactly what it changed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from tests.conftest import write_briefing

from briefing_app.content import load_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartKind
from briefing_app.model.edits import (
    AddIndicator,
    AddPanel,
    Changes,
    DeletePanel,
    DuplicatePanel,
    EditError,
    MovePanel,
    MoveSection,
    SetIndicatorField,
    SetMeta,
    SetPanelField,
    SetPanelHidden,
    SetSectionField,
    apply,
)
from briefing_app.model.field_path import strip_derived
from briefing_app.model.indicator import Indicator, IndicatorKind
from briefing_app.model.panels import BulletsPanel, ChartPanel
from briefing_app.model.text import TextItem


@pytest.fixture
def briefing(tmp_path: Path) -> Briefing:
    return load_briefing(write_briefing(tmp_path / "b"))


def _panel(b: Briefing, panel_id: str) -> object:
    return b.panels[b.index_of(panel_id)]


def test_set_panel_lead_changes_that_panel_only(briefing: Briefing) -> None:
    new, changes = apply(briefing, SetPanelField("list", "lead", "新导语"))
    assert _panel(new, "list").lead == "新导语"  # type: ignore[attr-defined]
    assert _panel(briefing, "list").lead == ""  # type: ignore[attr-defined]  # old snapshot kept
    assert changes == Changes(panels=frozenset({"list"}))
    assert new.panels[0] is briefing.panels[0]  # untouched panels are shared, not copied


def test_item_paths_set_append_and_remove(briefing: Briefing) -> None:
    new, _ = apply(briefing, SetPanelField("list", "items[1].text", "改过的一条"))
    panel = _panel(new, "list")
    assert isinstance(panel, BulletsPanel)
    assert panel.items[1] == TextItem("改过的一条")
    new, _ = apply(new, SetPanelField("list", "items[2]", "第三条"))
    assert _panel(new, "list").items[2] == TextItem("第三条")  # type: ignore[attr-defined]
    new, _ = apply(new, SetPanelField("list", "items[0]", None))
    assert [i.text for i in _panel(new, "list").items] == ["改过的一条", "第三条"]  # type: ignore[attr-defined]


def test_chart_paths_and_enum_values(briefing: Briefing) -> None:
    new, _ = apply(briefing, SetPanelField("donut", "chart.kind", "bar"))
    new, _ = apply(new, SetPanelField("donut", "chart.series[0].name", "个数"))
    chart = _panel(new, "donut")
    assert isinstance(chart, ChartPanel)
    assert chart.chart.kind is ChartKind.BAR and chart.chart.series[0].name == "个数"


@pytest.mark.parametrize(
    "edit",
    [
        SetPanelField("nope", "title", "x"),
        SetPanelField("list", "colour", "x"),
        SetPanelField("list", "items[9].text", "x"),
        SetPanelField("list", "items[1]text", "x"),
        SetPanelField("list", "id", "other"),
        SetPanelField("donut", "chart.kind", "pie"),
        SetPanelField("list", "minutes", "five"),
        SetIndicatorField("total", "value", "many"),
        SetIndicatorField("missing", "value", 1),
        DuplicatePanel("list", "cover"),
        MovePanel("list", "main", 7),
        MoveSection("nowhere", 0),
        SetSectionField("main", "panels", ()),
    ],
)
def test_impossible_edits_raise_edit_error(briefing: Briefing, edit: object) -> None:
    with pytest.raises(EditError):
        apply(briefing, edit)  # type: ignore[arg-type]


def test_indicator_edit_names_dependants_and_the_panels_showing_them(briefing: Briefing) -> None:
    new, changes = apply(briefing, SetIndicatorField("new", "target", 188))
    assert new.indicator("new").target == 188
    # `projects` is new + continuing + preliminary and `share` does not use it
    assert changes.indicators == {"new", "projects"}
    assert changes.panels == {"figures", "donut"}
    assert not changes.structure


def test_structure_edits(briefing: Briefing) -> None:
    ids = [p.id for p in briefing.panels]
    new, changes = apply(briefing, MovePanel("donut", "main", 0))
    assert [p.id for p in new.panels] == ["donut", *ids[:-1]] and changes.structure
    new, _ = apply(new, DuplicatePanel("list", "list_copy"))
    assert [p.id for p in new.panels][3:5] == ["list", "list_copy"]
    assert dataclasses.replace(_panel(new, "list_copy"), id="list") == _panel(new, "list")  # type: ignore[type-var]
    new, changes = apply(new, DeletePanel("list"))
    assert new.index_of("list") == -1 and changes.panels == {"list"}
    added = BulletsPanel(id="fresh", title="新页", notes="讲。", items=(TextItem("一条"),))
    new, _ = apply(new, AddPanel("main", 1, added))
    assert new.panels[1] is added


def test_hide_and_section_and_meta_edits(briefing: Briefing) -> None:
    new, changes = apply(briefing, SetPanelHidden("list", True))
    assert _panel(new, "list").hidden is True  # type: ignore[attr-defined]
    assert changes == Changes(panels=frozenset({"list"}), structure=True)
    assert apply(briefing, SetPanelField("list", "hidden", True)) == (new, changes)
    new, changes = apply(new, SetSectionField("main", "minutes", 12))
    assert new.sections[0].minutes == 12 and changes.sections == {"main"}
    new, changes = apply(new, SetMeta("anniversary.years", 31))
    assert new.meta.anniversary is not None and new.meta.anniversary.years == 31 and changes.meta


def test_add_indicator_refuses_a_taken_id(briefing: Briefing) -> None:
    fresh = Indicator("jobs", "就业", IndicatorKind.COUNT, "人", 2023, target=100)
    new, changes = apply(briefing, AddIndicator(fresh))
    assert new.indicator("jobs") is fresh and changes.indicators == {"jobs"}
    with pytest.raises(EditError):
        apply(new, AddIndicator(fresh))


def test_strip_derived_resets_only_loader_computed_fields(briefing: Briefing) -> None:
    stripped = strip_derived(briefing)
    assert stripped.source_text == "" and briefing.source_text
    chart = _panel(stripped, "donut")
    assert isinstance(chart, ChartPanel) and chart.chart.series[0].resolved == ()
    assert chart.chart.series[0].values == ("new", "continuing", "preliminary")
