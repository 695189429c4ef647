"""The parts of edit mode on their own: drops and moves as edits, merged typing in undo, quotes
found in the source, figures no panel shows, a proposed indicator, typed numbers."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from decimal import Decimal

import pytest
from PySide6.QtGui import QUndoStack

from briefing_app.content import check_briefing
from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import (
    Changes,
    DeletePanel,
    MovePanel,
    MoveSection,
    SetIndicatorField,
    SetPanelField,
    apply,
)
from briefing_app.model.panels import panel_figures
from briefing_app.paths import default_briefing
from briefing_app.ui.application import ensure_application
from briefing_app.ui.editor.fields import panel_fields, parse_number, parse_values
from briefing_app.ui.editor.navigator_edit import drop_edit, new_panel_id, rows_of, step_edit
from briefing_app.ui.editor.spans import SourceIndex, propose, quoted_spans, unshown_figures
from briefing_app.ui.editor.undo import EditCommand


@pytest.fixture(scope="module")
def builtin() -> Briefing:
    result = check_briefing(default_briefing())
    assert result.briefing is not None
    return result.briefing


def row_of(briefing: Briefing, panel_id: str) -> int:
    return next(i for i, r in enumerate(rows_of(briefing)) if r.panel_id == panel_id)


def test_drops_become_moves(builtin: Briefing) -> None:
    section = next(s for s in builtin.sections if len(s.panels) >= 3)
    a, b, c = (p.id for p in section.panels[:3])
    rows = rows_of(builtin)
    # c dropped on the upper half of b goes before b; a dropped below c goes after c.
    assert drop_edit(rows, row_of(builtin, c), row_of(builtin, b), False) == MovePanel(
        c, section.id, 1
    )
    assert drop_edit(rows, row_of(builtin, a), row_of(builtin, c), True) == MovePanel(
        a, section.id, 2
    )
    assert drop_edit(rows, row_of(builtin, a), row_of(builtin, b), False) is None  # its place
    header = rows.index(next(r for r in rows if r.section_id == section.id and not r.panel_id))
    last = len(builtin.sections) - 1
    last_header = next(i for i, r in enumerate(rows) if r.section == last and not r.panel_id)
    assert drop_edit(rows, last_header, header, False) == MoveSection(
        builtin.sections[last].id, builtin.sections.index(section)
    )
    moved, _ = apply(builtin, MovePanel(c, section.id, 1))
    assert [p.id for p in moved.sections[builtin.sections.index(section)].panels[:3]] == [a, c, b]


def test_moving_up_and_down_crosses_sections(builtin: Briefing) -> None:
    first_of_second = builtin.sections[1].panels[0].id
    up = step_edit(builtin, first_of_second, -1)
    assert up == MovePanel(first_of_second, builtin.sections[0].id, len(builtin.sections[0].panels))
    assert step_edit(builtin, builtin.panels[0].id, -1) is None
    assert step_edit(builtin, first_of_second, 1) == MovePanel(
        first_of_second, builtin.sections[1].id, 1
    )
    assert new_panel_id(builtin, "cover") == "cover_2"
    assert new_panel_id(builtin, "brand_new") == "brand_new"


class _Session:
    """Counts the session's own undo and redo steps."""

    def __init__(self) -> None:
        self.undone = 0
        self.redone = 0

    def undo(self) -> Changes:
        self.undone += 1
        return Changes(panels=frozenset({"p"}))

    def redo(self) -> Changes:
        self.redone += 1
        return Changes(panels=frozenset({"p"}))


def test_typing_in_one_field_is_one_command() -> None:
    ensure_application()
    session, refreshed = _Session(), []
    stack = QUndoStack()
    for text in ("新", "新的", "新的导语"):
        edit = SetPanelField("p", "lead", text)
        stack.push(EditCommand(session, edit, Changes(panels=frozenset({"p"})), refreshed.append))
    stack.push(
        EditCommand(session, SetPanelField("p", "title", "标题"), Changes(), refreshed.append)
    )
    stack.push(
        EditCommand(session, SetIndicatorField("g", "value", 1), Changes(), refreshed.append)
    )
    assert stack.count() == 3
    assert session.redone == 0  # pushing does not make the edit again: the session has
    stack.undo()
    stack.undo()
    assert session.undone == 2
    stack.undo()  # the three typed leads at once
    assert session.undone == 5
    stack.redo()
    assert session.redone == 3
    assert len(refreshed) == 4


def test_quotes_found_where_they_stand(builtin: Briefing) -> None:
    index = SourceIndex("标题\n\n地区生产总值**增长8%**,规模以上\n\n工业增加值**增长10%**。")
    start, end = index.find("规模以上工业增加值增长10%") or (0, 0)
    assert index.text[start:end] == "规模以上\n\n工业增加值**增长10%"
    assert index.find("增长9%") is None
    spans = quoted_spans(builtin, SourceIndex(builtin.source_text))
    assert len(spans) > 50
    assert all(0 <= s < e <= len(builtin.source_text) for s, e in spans)


def test_figures_no_panel_shows(builtin: Briefing) -> None:
    index = SourceIndex(builtin.source_text)
    assert unshown_figures(builtin, index) == []  # the built-in briefing shows every figure
    found = []
    for panel in builtin.panels:
        if not panel_figures(panel):
            continue
        without, _ = apply(builtin, DeletePanel(panel.id))
        quotes = [builtin.indicator(f.indicator).source or "" for f in panel_figures(panel)]
        for figure in unshown_figures(without, index):
            assert any(figure.written in q.replace("**", "") for q in quotes), figure
            found.append(figure.written)
    assert found  # deleting panels leaves figures unshown, and only theirs


def test_a_selected_number_proposes_an_indicator() -> None:
    text = "一、经济运行\n2024年，全县地区生产总值完成386.4亿元，同比增长5.9%；税收收入15.2亿元。"
    at = text.index("5.9")
    proposal = propose(text, at, at + 3, 2025)
    assert proposal is not None
    assert (proposal.value, proposal.unit, proposal.decimals) == (5.9, "%", 1)
    assert proposal.quote == "同比增长5.9%"
    assert proposal.kind == "growth_rate" and proposal.year == 2024 and not proposal.target
    at = text.index("386")
    gdp = propose(text, at, at + 1, 2025)
    assert gdp is not None and gdp.name == "全县地区生产总值" and gdp.unit == "亿元"
    indicator = gdp.indicator("gdp")
    assert indicator.value == 386.4 and indicator.source == "全县地区生产总值完成386.4亿元"
    assert propose(text, 0, 4, 2025) is None  # a heading holds no figure


def test_typed_numbers() -> None:
    assert parse_number("2,940.1") == 2940.1
    assert parse_number("１４８") == 148
    assert isinstance(parse_number("148"), int)
    with pytest.raises(ValueError):
        parse_number("一百")
    assert parse_values("1, 2.5，gdp") == (1, 2.5, "gdp")
    with pytest.raises(ValueError):
        parse_values("1,,2")
    assert Decimal("5.9") == Decimal(str(parse_number("5.9")))


def test_fields_of_a_key_figures_panel(builtin: Briefing) -> None:
    panel = next(p for p in builtin.panels if p.id == "review_figures")
    fields = {f.key: f for f in panel_fields(builtin, panel)}
    first = panel_figures(panel)[0].indicator
    assert {"title", "lead", "notes", "minutes"} <= set(fields)
    assert f"indicator:{first}:value" in fields
    value = fields[f"indicator:{first}:value"]
    assert value.read(builtin) == "148"
    assert value.edit("150") == SetIndicatorField(first, "value", 150)
    assert fields["lead"].edit("x") == SetPanelField("review_figures", "lead", "x")
    chart_panel = next(p for p in builtin.panels if getattr(p, "chart", None) is not None)
    chart_fields = {f.key: f for f in panel_fields(builtin, chart_panel)}
    assert chart_fields["chart.kind"].choices
    assert chart_fields["chart.series[0].values"].read(builtin)
