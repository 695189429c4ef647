"""The inspector's widgets in edit mode on a briefing of every panel kind: a timeline's events
moved, added and typed (the live check lists the unquoted one in Chinese), a chart's colour,
reference line and band, a yes/no box, the meta's date refused until it is a date, and a
picture chosen inside the briefing's folder only; each a command that undo takes back."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QToolButton,
)
from tests.conftest import ROOT
from tests.ui.editor.editor_harness import enter_edit_mode, press_key, settle, type_into
from tests.ui.window_harness import build_controller, close_controller

from briefing_app.model.chart import ChartSpec
from briefing_app.model.panels import TimelinePanel
from briefing_app.ui.controller import AppController
from briefing_app.ui.editor import edit_mode, inspector
from briefing_app.ui.editor.edit_mode import EditMode
from briefing_app.ui.i18n import tr

ALL_KINDS = ROOT / "tests" / "data" / "pptx-all-kinds"


@pytest.fixture
def controller(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(edit_mode, "ask", lambda *_a: False)
    shutil.copytree(ALL_KINDS, tmp_path / "all")
    c = build_controller(tmp_path / "all" / "briefing.yaml")
    yield c
    c.may_close = lambda: True  # type: ignore[method-assign]
    close_controller(c)


def _go(c: AppController, editor: EditMode, panel_id: str) -> inspector.Inspector:
    c.state.go_to(c.briefing.index_of(panel_id))
    assert editor.docks is not None
    assert editor.docks.inspector.panel_id == panel_id
    return editor.docks.inspector


def _button(ins: inspector.Inspector, label: str) -> QPushButton:
    return next(b for b in ins.findChildren(QPushButton) if b.text() == tr(label))


def _events(editor: EditMode) -> list[str]:
    assert editor.session is not None
    panel = editor.session.briefing.panels[editor.session.briefing.index_of("timeline")]
    assert isinstance(panel, TimelinePanel)
    return [e.label for e in panel.events]


def _chart(editor: EditMode, panel_id: str) -> ChartSpec:
    assert editor.session is not None
    return editor.session.briefing.panels[editor.session.briefing.index_of(panel_id)].chart  # type: ignore[attr-defined,no-any-return]


def test_timeline_events(controller: AppController) -> None:
    c = controller
    editor = enter_edit_mode(c)
    assert editor.docks is not None
    checks = editor.docks.checks
    ins = _go(c, editor, "timeline")
    labels = _events(editor)
    assert ins.findChild(QToolButton, "up:events[0].label") is None  # the first goes no higher
    ins.findChild(QToolButton, "down:events[0].label").click()
    settle(editor)
    assert _events(editor) == [labels[1], labels[0], *labels[2:]]
    assert ins.input("events[0].label").text() == labels[1]  # type: ignore[union-attr]

    _button(ins, "editor.add_event").click()
    settle(editor)
    assert len(_events(editor)) == len(labels) + 1
    last = len(labels)
    title = ins.input(f"events[{last}].title")
    assert isinstance(title, QLineEdit)
    type_into(title, "再出发")
    settle(editor)
    assert not editor.docks.inspector.typing
    assert not checks.problems  # words without a figure need no quote
    type_into(ins.input(f"events[{last}].label"), "2030")  # type: ignore[arg-type]
    settle(editor)  # a year on screen that no quote states: listed, in Chinese
    assert any("2030" in p.render("zh_CN") and "引" in p.render("zh_CN") for p in checks.problems)
    assert checks.list.count() == len(checks.problems)
    assert c.briefing.panels[c.briefing.index_of("timeline")].events[0].label == labels[1]  # type: ignore[attr-defined]

    highlight = ins.input("events[0].highlight")
    assert isinstance(highlight, QCheckBox)
    was = highlight.isChecked()
    highlight.click()
    settle(editor)
    assert editor.session is not None
    event = editor.session.briefing.panels[c.briefing.index_of("timeline")].events[0]  # type: ignore[attr-defined]
    assert event.highlight is not was

    for _ in range(5):  # highlight, label, title, added event, move: one command each
        c.main.edit_actions.undo.trigger()
        settle(editor)
    assert _events(editor) == labels and not checks.problems


def test_chart_fields(controller: AppController) -> None:
    c = controller
    editor = enter_edit_mode(c)
    assert editor.docks is not None
    ins = _go(c, editor, "chart_grouped")
    colour = ins.input("chart.series[1].color")
    assert isinstance(colour, QComboBox)
    assert colour.currentText() == tr("colour.accent")
    colour.setCurrentIndex(colour.findData("positive"))
    settle(editor)
    assert _chart(editor, "chart_grouped").series[1].color == "positive"

    _button(ins, "editor.add_reference").click()
    settle(editor)
    assert len(_chart(editor, "chart_grouped").reference_lines) == 1
    value = ins.input("chart.reference_lines[0].value")
    assert isinstance(value, QLineEdit)
    type_into(value, "60")
    settle(editor)
    assert _chart(editor, "chart_grouped").reference_lines[0].value == 60

    _button(ins, "editor.add_band").click()
    settle(editor)
    type_into(ins.input("chart.band.high"), "80")  # type: ignore[arg-type]
    settle(editor)
    band = _chart(editor, "chart_grouped").band
    assert band is not None and band.high == 80
    ins.findChild(QToolButton, "remove:chart.band.low").click()
    settle(editor)
    assert _chart(editor, "chart_grouped").band is None

    categories = ins.input("chart.categories")
    type_into(categories, "开工, 竣工, 在建")  # type: ignore[arg-type]
    settle(editor)  # three categories, two values a series: the check says so, nothing lost
    assert editor.docks.checks.problems
    assert _chart(editor, "chart_grouped").categories == ("开工", "竣工", "在建")


def test_meta_date_and_pictures(
    controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    editor = enter_edit_mode(c)
    assert editor.docks is not None and editor.session is not None
    ins = _go(c, editor, "cover")
    date = ins.input("meta:date")
    assert isinstance(date, QLineEdit)
    type_into(date, "明年一月")
    settle(editor)
    assert date.toolTip() == tr("editor.not_a_date") and not editor.session.dirty
    type_into(date, "2024年1月16日")
    settle(editor)
    assert editor.session.briefing.meta.date.isoformat() == "2024-01-16"
    assert date.toolTip() == ""

    folder = tmp_path / "all"
    outside = tmp_path / "elsewhere.png"
    shutil.copy(folder / next(p.name for p in folder.glob("*.png")), outside)
    chosen: list[Path] = [outside]
    monkeypatch.setattr(inspector, "choose_image", lambda _parent, _folder: chosen[0])
    logo = ins.input("meta:logo")
    assert isinstance(logo, QLineEdit)
    before = logo.text()
    ins.findChild(QToolButton, "choose:meta:logo").click()
    assert logo.toolTip().startswith(tr("editor.image_outside", folder="")[:6])
    assert logo.text() == before
    (folder / "pictures").mkdir()
    chosen[0] = folder / "pictures" / "logo.png"
    shutil.copy(outside, chosen[0])
    ins.findChild(QToolButton, "choose:meta:logo").click()
    settle(editor)
    cover = editor.session.briefing.panels[0]
    assert cover.logo == "pictures/logo.png"  # type: ignore[attr-defined]
    assert cover.logo_data == outside.read_bytes()  # type: ignore[attr-defined]


def test_ctrl_z_in_a_field_undoes_its_typing_then_the_edit_before(
    controller: AppController,
) -> None:
    c = controller
    editor = enter_edit_mode(c)
    ins = _go(c, editor, "timeline")
    labels = _events(editor)
    ins.findChild(QToolButton, "down:events[0].label").click()
    settle(editor)
    assert _events(editor) == [labels[1], labels[0], *labels[2:]]

    def press(widget: QLineEdit, key: Qt.Key) -> None:
        press_key(c, widget, key, Qt.KeyboardModifier.ControlModifier)

    title = ins.input("events[0].title")
    assert isinstance(title, QLineEdit)
    shown = title.text()
    type_into(title, "XYZ")
    press(title, Qt.Key.Key_Z)  # in the field too: the typing (sent first) is one command
    settle(editor)
    assert title.text() == shown
    assert _events(editor) == [labels[1], labels[0], *labels[2:]]  # the move still stands
    press(title, Qt.Key.Key_Z)
    settle(editor)
    assert _events(editor) == labels
    press(title, Qt.Key.Key_Y)
    settle(editor)
    assert _events(editor) == [labels[1], labels[0], *labels[2:]]


def test_an_indicators_seldom_changed_fields_open_under_more(controller: AppController) -> None:
    c = controller
    editor = enter_edit_mode(c)
    ins = _go(c, editor, "figures")
    assert editor.session is not None
    panel = editor.session.briefing.panels[c.briefing.index_of("figures")]
    first = panel.figures[0].indicator  # type: ignore[attr-defined]
    shown = ins.keys()
    assert f"indicator:{first}:value" in shown and f"indicator:{first}:kind" not in shown
    more = ins.findChild(QPushButton, "more:editor.figure:1")
    assert more is not None and more.text() == tr("editor.more")
    more.click()
    kind = ins.input(f"indicator:{first}:kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("amount"))
    settle(editor)
    assert editor.session.briefing.indicator(first).kind == "amount"
    assert ins.input(f"indicator:{first}:kind") is not None  # it stays open after the edit
    assert ins.focus_field(f"indicator:{panel.figures[1].indicator}:decimals")  # type: ignore[attr-defined]


def test_an_entry_the_session_refuses_stays_typed_and_is_listed(
    controller: AppController,
) -> None:
    c = controller
    editor = enter_edit_mode(c)
    assert editor.docks is not None and editor.session is not None
    checks = editor.docks.checks
    ins = _go(c, editor, "timeline")
    minutes = ins.input("minutes")
    assert isinstance(minutes, QLineEdit)
    type_into(minutes, "-3")  # a number, but no time budget: the loader refuses the file
    settle(editor)
    assert minutes.text() == "-3" and minutes.toolTip()  # kept, and why
    assert not editor.session.dirty and not editor.stack.canUndo()
    first = checks.list.item(0)
    assert first is not None and first.text() == minutes.toolTip()
    assert "-3" in first.text() and "Error" not in first.text()  # why, not a bug report
    assert checks.status.text() == tr("editor.check_problems", n=1)
    checks.list.setFocus()
    assert c.main.focusWidget() is checks.list
    checks.list.itemClicked.emit(first)  # back to the field
    assert c.main.focusWidget() is minutes
    type_into(minutes, "3")
    settle(editor)
    assert editor.session.briefing.panels[c.briefing.index_of("timeline")].minutes == 3
    assert minutes.toolTip() == "" and checks.list.count() == 0
