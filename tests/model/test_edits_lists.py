"""List edits: insert, remove and move one element of a panel's list, each a pure operation."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import ROOT, write_briefing

from briefing_app.content import load_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ReferenceLine, Series
from briefing_app.model.edits import (
    Changes,
    EditError,
    InsertItem,
    MoveItem,
    RemoveItem,
    apply,
)
from briefing_app.model.panels import BulletsPanel, ChartPanel, TimelineEvent, TimelinePanel
from briefing_app.model.text import TextItem

ALL_KINDS = ROOT / "tests" / "data" / "pptx-all-kinds"


@pytest.fixture
def briefing(tmp_path: Path) -> Briefing:
    return load_briefing(write_briefing(tmp_path / "b"))


def _bullets(b: Briefing) -> BulletsPanel:
    panel = b.panels[b.index_of("list")]
    assert isinstance(panel, BulletsPanel)
    return panel


def test_insert_remove_and_move_items_change_that_panel_only(briefing: Briefing) -> None:
    texts = [i.text for i in _bullets(briefing).items]
    new, changes = apply(briefing, InsertItem("list", "items", 1, "中间一条"))
    assert [i.text for i in _bullets(new).items] == [texts[0], "中间一条", texts[1]]
    assert changes == Changes(panels=frozenset({"list"}))
    assert new.panels[0] is briefing.panels[0]
    new, _ = apply(new, MoveItem("list", "items", 0, 2))
    assert [i.text for i in _bullets(new).items] == ["中间一条", texts[1], texts[0]]
    assert _bullets(new).items[2] == _bullets(briefing).items[0]  # moved whole, source too
    new, _ = apply(new, RemoveItem("list", "items", 1))
    assert [i.text for i in _bullets(new).items] == ["中间一条", texts[0]]
    assert [i.text for i in _bullets(briefing).items] == texts  # the old snapshot is kept


def test_timeline_events_and_chart_lists() -> None:
    b = load_briefing(ALL_KINDS)
    timeline = next(p for p in b.panels if isinstance(p, TimelinePanel))
    first, second = timeline.events[:2]
    new, _ = apply(b, MoveItem(timeline.id, "events", 1, 0))
    moved = new.panels[new.index_of(timeline.id)]
    assert isinstance(moved, TimelinePanel) and moved.events[:2] == (second, first)
    event = TimelineEvent(label="2030", title="新事件")
    new, _ = apply(new, InsertItem(timeline.id, "events", len(moved.events), event))
    grown = new.panels[new.index_of(timeline.id)]
    assert isinstance(grown, TimelinePanel) and grown.events[-1] == event
    chart = next(p for p in b.panels if isinstance(p, ChartPanel))
    count = len(chart.chart.series)
    new, _ = apply(b, InsertItem(chart.id, "chart.series", 0, Series("新系列", (1,))))
    added = new.panels[new.index_of(chart.id)]
    assert isinstance(added, ChartPanel) and len(added.chart.series) == count + 1
    assert added.chart.series[0].name == "新系列"
    line = ReferenceLine(5, "目标")
    new, _ = apply(new, InsertItem(chart.id, "chart.reference_lines", 0, line))
    lined = new.panels[new.index_of(chart.id)]
    assert isinstance(lined, ChartPanel) and lined.chart.reference_lines[0] == line


def test_a_string_inserted_into_items_becomes_a_text_item(briefing: Briefing) -> None:
    new, _ = apply(briefing, InsertItem("list", "items", 0, "一条"))
    assert _bullets(new).items[0] == TextItem("一条")


@pytest.mark.parametrize(
    "edit",
    [
        InsertItem("list", "items", 5, "x"),
        InsertItem("list", "items", 0, 42),  # not an item
        InsertItem("list", "title", 0, "x"),  # not a list
        InsertItem("nope", "items", 0, "x"),
        RemoveItem("list", "items", 2),
        RemoveItem("list", "items", -1),
        MoveItem("list", "items", 0, 2),
        MoveItem("list", "cards", 0, 1),  # a bullets panel has no cards
        InsertItem("donut", "chart.band.low", 0, 1),
    ],
)
def test_impossible_list_edits_raise_edit_error(briefing: Briefing, edit: object) -> None:
    with pytest.raises(EditError):
        apply(briefing, edit)  # type: ignore[arg-type]


def test_a_figure_moves_between_achieved_and_target(briefing: Briefing) -> None:
    from briefing_app.model.edits import ROLE, SetIndicatorField

    assert briefing.indicator("gdp").target == 8
    new, changes = apply(briefing, SetIndicatorField("gdp", ROLE, "value"))
    assert new.indicator("gdp").value == 8 and new.indicator("gdp").target is None
    assert changes.indicators == {"gdp"}
    back, _ = apply(new, SetIndicatorField("gdp", ROLE, "target"))
    assert back.indicator("gdp") == briefing.indicator("gdp")
    with pytest.raises(EditError):
        apply(briefing, SetIndicatorField("gdp", ROLE, "goal"))
