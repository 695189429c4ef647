"""Saving the inspector's edits: list inserts, removals and moves, meta, sections and chart
fields each change only their own lines, and the author's comments stay."""

from __future__ import annotations

import datetime as dt
import difflib
import shutil
from pathlib import Path

import pytest
from tests.conftest import ROOT, write_briefing
from tests.content.test_save import COMMENTED

from briefing_app.content import check_briefing, load_briefing
from briefing_app.content.edit_session import EditSession
from briefing_app.model.briefing import Anniversary
from briefing_app.model.chart import Band, ReferenceLine
from briefing_app.model.edits import (
    InsertItem,
    MoveItem,
    RemoveItem,
    SetIndicatorField,
    SetMeta,
    SetPanelField,
    SetSectionField,
)
from briefing_app.model.field_path import strip_derived
from briefing_app.model.panels import TimelineEvent

ALL_KINDS = ROOT / "tests" / "data" / "pptx-all-kinds"
COMMENTS = ("# The meeting", "# keep in step", "# -- the list", "# stays third", "# 新开工")


def _changed(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


@pytest.fixture
def commented(tmp_path: Path) -> Path:
    return write_briefing(tmp_path / "b", COMMENTED)


def _save(session: EditSession, file: Path) -> list[str]:
    before = file.read_text(encoding="utf-8")
    session.save()
    after = file.read_text(encoding="utf-8")
    for comment in COMMENTS:
        assert (comment in before) == (comment in after), comment
    reread = check_briefing(file).briefing  # a problem (an unquoted event) is not an error
    assert reread is not None and strip_derived(reread) == strip_derived(session.briefing)
    return _changed(before, after)


def test_item_insert_move_remove_change_only_their_lines(commented: Path) -> None:
    session = EditSession(commented)
    session.apply(InsertItem("list", "items", 2, "新的一条"))
    new_line = "          - text: 新的一条"  # written like the list's first element
    assert _save(session, commented) == [f"+{new_line}"]
    session.apply(MoveItem("list", "items", 2, 1))
    changed = _save(session, commented)  # one element's line moves past the other's
    assert len(changed) == 2 and changed[0][1:] == changed[1][1:]
    assert session.document_text().index("新的一条") < session.document_text().index("不带数字")
    session.apply(RemoveItem("list", "items", 1))
    assert _save(session, commented) == ["-          - text: 新的一条"]  # as it was written
    assert not session.problems


def test_meta_section_and_indicator_fields(commented: Path) -> None:
    session = EditSession(commented)
    session.apply(SetMeta("date", dt.date(2024, 1, 10)))
    session.apply(SetMeta("anniversary", Anniversary(31, 1993)))
    session.apply(SetSectionField("main", "title", "正文"))
    session.apply(SetSectionField("main", "minutes", 8))
    session.apply(SetIndicatorField("gdp", "at", "增长8%"))
    session.apply(SetIndicatorField("new", "kind", "amount"))
    changed = _save(session, commented)
    assert "+  date: 2024-01-10" in changed and "-  date: 2023-01-09" in changed
    assert "+  anniversary: {years: 31, founded: 1993}" in changed
    assert "+    title: 正文" in changed and "+    minutes: 8" in changed
    assert len(changed) == 2 * 6 - 1  # the minutes are a new line; the rest each swap one
    loaded = load_briefing(commented)
    assert loaded.meta.date == dt.date(2024, 1, 10) and loaded.sections[0].minutes == 8
    assert loaded.indicator("gdp").at == "增长8%"


def test_timeline_and_chart_lists_of_a_flow_styled_file(tmp_path: Path) -> None:
    folder = tmp_path / "all"
    shutil.copytree(ALL_KINDS, folder)
    file = folder / "briefing.yaml"
    session = EditSession(folder)
    session.apply(MoveItem("timeline", "events", 1, 0))
    changed = _save(session, file)
    assert len(changed) == 2 and all("label:" in line for line in changed)  # one line moves
    event = TimelineEvent(label="2025", title="再出发")
    session.apply(InsertItem("timeline", "events", 2, event))
    assert _save(session, file) == ['+          - {label: "2025", title: 再出发}']
    session.apply(RemoveItem("chart_bar", "chart.reference_lines", 0))
    session.apply(InsertItem("chart_bar", "chart.reference_lines", 0, ReferenceLine(7, "预期")))
    session.apply(SetPanelField("chart_bar", "chart.band", Band(5, 8, "合理区间")))
    session.apply(SetPanelField("chart_grouped", "chart.series[1].color", "positive"))
    changed = _save(session, file)
    assert "-            - {value: gdp_growth_goal, label: 目标}" in changed
    assert "+            - value: 7" in changed and "+              label: 预期" in changed
    assert "+          band:" in changed and "+            low: 5" in changed
    grouped = "            - {name: 2023年计划, unit: 个, values: [70, 40], color: accent}"
    assert f"-{grouped}" in changed and "+" + grouped.replace("accent", "positive") in changed
    assert len(changed) == 1 + 2 + 4 + 2  # the line, its replacement, the band, the colour


def test_a_figures_role_changes_its_key_only(commented: Path) -> None:
    from briefing_app.model.edits import ROLE

    session = EditSession(commented)
    session.apply(SetIndicatorField("total", ROLE, "value"))
    changed = _save(session, commented)
    assert changed == ["-    target: 2940.1", "+    value: 2940.1"]
    assert load_briefing(commented).indicator("total").value == 2940.1
