"""From a report the app has never seen to the show, without a text editor: 从报告生成… drafts
and opens it; in edit mode a figure and a lead are edited through the inspector (the live check
flags the half-done figure while the windows keep the last good version), two panels are
reordered by a drop in the navigator, one is hidden, undo and redo, Ctrl+S saves (comments kept,
our own save not taken for an outside edit), and F5 presents it without the hidden panel. Undo, redo, save and the show are started by their
keys (Ctrl+Z, Ctrl+Y, Ctrl+S, F5), and a comment the author added beforehand is kept."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from tests.ui.editor.editor_harness import (
    EDIT_TIMEOUT_MS,
    NO_MODIFIER,
    REPORT,
    enter_edit_mode,
    press_key,
    settle,
    type_into,
)
from tests.ui.window_harness import build_controller, close_controller, copy_builtin, wait_until

from briefing_app.content import check_briefing
from briefing_app.model.edits import panels_showing
from briefing_app.ui.controller import AppController
from briefing_app.ui.editor import edit_mode
from briefing_app.ui.editor.drafting import Drafting
from briefing_app.ui.editor.navigator_edit import rows_of
from briefing_app.ui.i18n import tr
from briefing_app.ui.panels import PanelWidget
from briefing_app.ui.panels.figures import BigNumber

NEW_LEAD = "收入稳步增长，民生底色更足"
COMMENT = "# 审核：办公室 张敏，数据以统计局年报为准"


@pytest.fixture
def controller(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppController]:
    monkeypatch.setenv("BRIEFING_APP_SETTINGS", str(tmp_path / "settings.ini"))
    c = build_controller(copy_builtin(tmp_path / "builtin"))
    yield c
    c.may_close = lambda: True  # type: ignore[method-assign]
    close_controller(c)


def labels_of(widget: PanelWidget | None) -> str:
    """Return the text a panel widget shows: labels and big numbers (in their final state)."""
    assert widget is not None
    widget.finish()
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [number.shown_text() for number in widget.findChildren(BigNumber)]
    return "|".join(texts).replace("\u2060", "")  # word joiners of the line-breaking rule


def _presser(c: AppController) -> Callable[..., None]:
    """Return a function pressing a key in the main window's navigator, as a person does."""

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        press_key(c, c.main.navigator, key, modifiers)

    return press


def test_report_to_show(
    controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = controller
    asked: list[str] = []

    def no_questions(_parent: object, _title: str, text: str, *_answers: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(edit_mode, "ask", no_questions)

    # 文件 → 新建 → 从报告生成…: drafted on a worker, then opened.
    out = tmp_path / "hexi"
    drafting = Drafting(c)
    done: list[object] = []
    drafting.sig_done.connect(done.append)
    drafting.draft(REPORT, out)
    wait_until(lambda: bool(done), EDIT_TIMEOUT_MS)
    file = out / "briefing.yaml"
    assert c.session.file == file
    drafted_text = file.read_text(encoding="utf-8")
    assert drafted_text.startswith("# Drafted by")
    # The author's own comments, written before editing starts: every save keeps them.
    original = drafted_text.replace("\nindicators:\n", f"\n{COMMENT}\nindicators:  # 全部数据\n", 1)
    assert original != drafted_text
    file.write_text(original, encoding="utf-8")
    assert check_briefing(file).ok
    c.session.reload()
    wait_until(lambda: not c.session.checking, EDIT_TIMEOUT_MS)

    editor = enter_edit_mode(c)
    assert editor.docks is not None
    inspector, checks = editor.docks.inspector, editor.docks.checks
    assert not checks.problems

    # A figure through its indicator: a value its quote does not state is flagged at once
    # (in Chinese), and the windows keep the last good version until the quote follows.
    figure_panel = sorted(panels_showing(c.briefing, {"fig_005"}))[0]
    c.state.go_to(c.briefing.index_of(figure_panel))
    assert inspector.panel_id == figure_panel
    value = inspector.input("indicator:fig_005:value")
    assert isinstance(value, QLineEdit)
    type_into(value, "9.1")
    settle(editor)
    assert any(
        "9.1" in p.render("zh_CN") and "找不到" in p.render("zh_CN") for p in checks.problems
    )
    assert checks.list.count() == len(checks.problems) > 0
    assert c.briefing.indicator("fig_005").value == 15.2  # the show keeps the last good one
    quote = inspector.input("indicator:fig_005:source")
    assert isinstance(quote, QPlainTextEdit)
    type_into(quote, "规模以上工业增加值增长9.1%")
    type_into(inspector.input("indicator:fig_005:unit"), "%")  # type: ignore[arg-type]
    settle(editor)
    assert not checks.problems, [str(p) for p in checks.problems]
    assert c.briefing.indicator("fig_005").value == 9.1
    assert "9.1" in labels_of(c.main.stage.panel_widget)

    # A lead: only the edited panel's widget is rebuilt, a built neighbour is kept.
    lead_panel = c.briefing.panels[c.state.current + 1]
    c.state.go_to(c.state.current + 1)
    neighbour = c.main.stage._widgets.get(c.state.current - 1)
    assert neighbour is not None
    before = c.main.stage.panel_widget
    old_lead = lead_panel.lead
    type_into(inspector.input("lead"), NEW_LEAD)  # type: ignore[arg-type]
    settle(editor)
    assert c.briefing.panels[c.state.current].lead == NEW_LEAD
    assert c.main.stage.panel_widget is not before
    assert c.main.stage._widgets.get(c.state.current - 1) is neighbour
    assert NEW_LEAD[:6] in labels_of(c.main.stage.panel_widget)

    # Undo and redo with Ctrl+Z and Ctrl+Y (the focus back in the navigator: in a text field
    # the keys undo the field's own typing, as in every editor).
    nav = c.main.navigator
    press_in_main = _presser(c)
    press_in_main(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(editor)
    assert c.briefing.panels[c.state.current].lead == old_lead
    assert inspector.input("lead").toPlainText() == old_lead  # type: ignore[union-attr]
    press_in_main(Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle(editor)
    assert c.briefing.panels[c.state.current].lead == NEW_LEAD

    # Reorder two panels: drop the 3rd panel of its section on the 2nd, in the navigator.
    rows = rows_of(c.briefing)
    section = next(s for s in c.briefing.sections if len(s.panels) >= 3)
    first, second = section.panels[1].id, section.panels[2].id
    source_row = next(i for i, r in enumerate(rows) if r.panel_id == second)
    target_row = next(i for i, r in enumerate(rows) if r.panel_id == first)
    nav.setCurrentRow(source_row)
    rect = nav.visualRect(nav.model().index(target_row, 0))
    mime = QMimeData()
    drop = QDropEvent(
        QPointF(rect.center().x(), rect.top() + 3),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Offscreen Qt delivers no synthetic drop without a real drag: hand it to the filter.
    assert editor.docks.navigator.eventFilter(nav.viewport(), drop)
    settle(editor)
    order = [p.id for p in c.briefing.panels]
    assert order.index(second) == order.index(first) - 1

    # Hide one from the show, through the navigator's context menu.
    edited = {figure_panel, lead_panel.id}  # the show must still show both edits
    hidden_id = next(p.id for p in c.briefing.panels[1:] if p.id not in edited)
    menu = editor.docks.navigator.menu_for(hidden_id)
    next(a for a in menu.actions() if a.text() == tr("nav.hide")).trigger()
    settle(editor)
    hidden_index = c.briefing.index_of(hidden_id)
    assert c.briefing.panels[hidden_index].hidden
    assert hidden_index in c.state.hidden
    assert tr("nav.hidden_marker") in nav.item(nav._rows[hidden_index]).text()

    # Save: the bytes on disk are the session's text, comments kept; our save is no news.
    checked: list[bool] = []
    c.session.sig_checking.connect(lambda running: checked.append(running))
    shown = c.main.stage.panel_widget
    press_in_main(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(editor)
    assert not editor.session.dirty  # type: ignore[union-attr]
    saved = file.read_text(encoding="utf-8")
    assert saved == editor.session.document_text()  # type: ignore[union-attr]
    assert saved.splitlines()[:2] == original.splitlines()[:2]  # the draft's comments
    assert f"\n{COMMENT}\nindicators:  # 全部数据\n" in saved  # and the author's
    assert saved != original
    assert file.read_bytes() == saved.encode("utf-8")
    reread = check_briefing(file)
    assert reread.ok and reread.briefing is not None
    assert reread.briefing.indicator("fig_005").value == 9.1
    assert [p.id for p in reread.briefing.panels] == order
    assert reread.briefing.panels[hidden_index].hidden
    assert NEW_LEAD in [p.lead for p in reread.briefing.panels]
    wait_until(lambda: checked[-2:] == [True, False], EDIT_TIMEOUT_MS)  # the watcher's check
    assert not asked  # no "changed outside the app" question for our own save
    assert c.main.stage.panel_widget is shown
    assert c.main.banner.isHidden()

    # F5: the show steps over the hidden panel and shows the edited lead and figure.
    press_in_main(Qt.Key.Key_F5)
    wait_until(lambda: c.audience is not None, EDIT_TIMEOUT_MS)
    assert c.audience is not None and c.state.current == 0
    seen: list[int] = []
    lead_seen = figure_seen = False
    while True:
        seen.append(c.state.current)
        panel, widget = c.briefing.panels[c.state.current], c.audience.stage.panel_widget
        if panel.lead == NEW_LEAD:
            lead_seen = NEW_LEAD[:6] in labels_of(widget)
        if panel.id == figure_panel:
            figure_seen = "9.1" in labels_of(widget)
        if c.state.is_last:
            break
        c.state.next()
    assert hidden_index not in seen
    assert len(seen) == len(c.briefing.panels) - 1
    assert lead_seen and figure_seen
    c.end_show()
