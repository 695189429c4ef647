"""Helpers for the edit-mode tests: a drafted briefing, edit mode entered, typing, waiting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from tests.ui.window_harness import wait_until

from briefing_app.draft import draft_briefing
from briefing_app.ui.controller import AppController
from briefing_app.ui.editor.edit_mode import EditMode

ROOT = Path(__file__).resolve().parents[3]
REPORT = ROOT / "tests" / "data" / "reports" / "hexi-county-2025.txt"
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
EDIT_TIMEOUT_MS = 60_000  # an edit re-checks the whole briefing; the machine may be shared


def drafted(folder: Path) -> Path:
    """Draft the report into `folder`; return its briefing.yaml."""
    draft_briefing(REPORT, folder)
    return folder / "briefing.yaml"


def enter_edit_mode(c: AppController) -> EditMode:
    """Turn edit mode on (as the toolbar's 编辑 does) and wait until the session is open."""
    c.main.edit_actions.toggle.trigger()
    editor = c.editor()
    wait_until(lambda: editor.session is not None and editor.runner.idle, EDIT_TIMEOUT_MS)
    return editor


def settle(editor: EditMode) -> None:
    """Wait until the typing sent and every queued edit has been checked and shown."""
    wait_until(
        lambda: editor.runner.idle and (editor.docks is None or not editor.docks.inspector.typing),
        EDIT_TIMEOUT_MS,
    )


def type_into(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Replace the text of an inspector input as typing does (the edit follows ~300 ms on)."""
    from PySide6.QtTest import QTest

    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        for char in text:  # QTest knows only ASCII keys: the rest comes as an input method's
            if char.isascii():
                QTest.keyClicks(widget, char)
            else:
                event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, NO_MODIFIER, char)
                QApplication.sendEvent(widget, event)
    else:
        widget.setPlainText(text)


def press_key(
    c: AppController, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER
) -> None:
    """Press a key in `widget` of the main window, as a person does: the window active (the
    offscreen platform may drop a first activation, so it is asked again until it holds)."""
    from PySide6.QtTest import QTest

    def active() -> bool:
        if QApplication.activeWindow() is not c.main:
            c.main.raise_()
            c.main.activateWindow()
        return QApplication.activeWindow() is c.main

    wait_until(active, EDIT_TIMEOUT_MS)
    widget.setFocus()
    QTest.keyClick(widget, key, modifiers)
