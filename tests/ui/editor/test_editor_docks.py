"""The docks of edit mode on a drafted briefing: a panel from the gallery, 添加为数据 from a
number selected in the source, a problem clicked in the check list opens its field, the
coverage list follows a deleted panel, and keys typed in the docks stay there."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QToolButton
from tests.ui.editor.editor_harness import drafted, enter_edit_mode, settle, type_into
from tests.ui.window_harness import build_controller, close_controller

from briefing_app.model.edits import DeletePanel
from briefing_app.model.panels import PanelKind, panel_figures
from briefing_app.ui.controller import AppController
from briefing_app.ui.editor import edit_mode, source_pane
from briefing_app.ui.editor.navigator_edit import rows_of
from briefing_app.ui.editor.spans import Proposal
from briefing_app.ui.i18n import tr


@pytest.fixture
def controller(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(edit_mode, "ask", lambda *_a: False)
    c = build_controller(drafted(tmp_path / "hexi"))
    yield c
    c.may_close = lambda: True  # type: ignore[method-assign]
    close_controller(c)


def test_gallery_source_checks_and_coverage(
    controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    editor = enter_edit_mode(c)
    docks = editor.docks
    assert docks is not None

    # 添加页面: a bullets panel right after the current one, passing the check.
    c.state.go_to(1)
    count = len(c.briefing.panels)
    editor.add_panel(PanelKind.BULLETS)
    settle(editor)
    assert len(c.briefing.panels) == count + 1
    added = c.briefing.panels[2]
    assert added.kind is PanelKind.BULLETS and added.id.startswith("new_bullets")
    assert not docks.checks.problems
    assert c.main.navigator.count() == len(c.briefing.panels) + len(c.briefing.sections)

    # Its items: one more from the inspector's button, the first removed by its ×.
    c.state.go_to(2)
    assert docks.inspector.panel_id == added.id
    add = next(
        b for b in docks.inspector.findChildren(QPushButton) if b.text() == tr("editor.add_item")
    )
    add.click()
    settle(editor)
    assert [i.text for i in c.briefing.panels[2].items] == ["要点", "新的要点"]  # type: ignore[attr-defined]
    docks.inspector.findChild(QToolButton, "remove:items[0].text").click()
    settle(editor)
    assert [i.text for i in c.briefing.panels[2].items] == ["新的要点"]  # type: ignore[attr-defined]
    assert docks.inspector.input("items[0].text").text() == "新的要点"  # type: ignore[union-attr]
    for _ in range(3):
        c.main.edit_actions.undo.trigger()
    settle(editor)
    assert len(c.briefing.panels) == count

    # 添加为数据: select a number in the source; name, unit and value are proposed.
    text = docks.source.text
    at = text.toPlainText().index("15.2")
    cursor = text.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + 4, QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    assert docks.source.add_button.isEnabled()
    offered: list[Proposal] = []

    def confirm(_parent: object, proposal: Proposal) -> Proposal:
        offered.append(proposal)
        return dataclasses.replace(proposal, name="税收收入（新）")

    monkeypatch.setattr(source_pane, "confirm_proposal", confirm)
    docks.source.add_button.click()
    settle(editor)
    assert offered and offered[0].value == 15.2 and offered[0].unit == "亿元"
    assert editor.session is not None
    added_indicator = editor.session.briefing.indicator("figure_1")
    assert added_indicator.name == "税收收入（新）" and added_indicator.value == 15.2
    assert not docks.checks.problems, [str(p) for p in docks.checks.problems]

    # A problem in the list opens its panel and its field.
    panel = next(p for p in c.briefing.panels if panel_figures(p))
    indicator_id = panel_figures(panel)[0].indicator
    c.state.go_to(0)
    c.state.go_to(c.briefing.index_of(panel.id))
    type_into(docks.inspector.input(f"indicator:{indicator_id}:value"), "123456")  # type: ignore[arg-type]
    settle(editor)
    assert docks.checks.list.count() >= 1
    c.state.go_to(0)
    focused: list[str] = []
    focus = docks.inspector.focus_field
    monkeypatch.setattr(
        docks.inspector, "focus_field", lambda key: focused.append(key) or focus(key)
    )
    item = docks.checks.list.item(0)
    docks.checks.list.itemClicked.emit(item)
    assert c.briefing.panels[c.state.current].id == panel.id
    assert focused == [f"indicator:{indicator_id}:value"]
    c.main.edit_actions.undo.trigger()
    settle(editor)
    assert not docks.checks.problems

    # A section moves by its header's menu (and back by a drop of its header).
    order = [s.id for s in c.briefing.sections]
    header = next(r for r in rows_of(c.briefing) if r.section == 1 and not r.panel_id)
    menu = docks.navigator.section_menu(header)
    next(a for a in menu.actions() if a.text() == tr("nav.section_down")).trigger()
    settle(editor)
    assert [s.id for s in c.briefing.sections] == [order[0], order[2], order[1], *order[3:]]
    nav = c.main.navigator
    assert nav.item(0).flags() & Qt.ItemFlag.ItemIsSelectable  # headers can be dragged
    rows = rows_of(c.briefing)
    moved = next(i for i, r in enumerate(rows) if r.section_id == order[1] and not r.panel_id)
    onto = next(i for i, r in enumerate(rows) if r.section_id == order[2] and not r.panel_id)
    nav.setCurrentRow(moved)
    rect = nav.visualRect(nav.model().index(onto, 0))
    drop = QDropEvent(
        QPointF(rect.center().x(), rect.top() + 2),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert docks.navigator.eventFilter(nav.viewport(), drop)
    settle(editor)
    assert [s.id for s in c.briefing.sections] == order

    # Coverage: deleting every panel of the report's first paragraph leaves figures unshown.
    assert docks.coverage.list.count() == 0
    first_section = c.briefing.sections[1]
    for p in first_section.panels:
        editor.submit(DeletePanel(p.id))
    settle(editor)
    assert docks.coverage.list.count() > 0
    assert "386.4亿元" in docks.coverage.figures()
    assert docks.inspector.panel_id in [p.id for p in editor.session.briefing.panels]

    # Keys typed in a dock stay there: N in the inspector is a letter, not "next panel".
    c.router.install()
    current = c.state.current
    title = docks.inspector.input("title")
    title.setFocus()
    QTest.keyClick(title, Qt.Key.Key_N)
    QTest.keyClick(docks.source.text, Qt.Key.Key_Right)
    assert c.state.current == current
