"""The inspector's inputs: one widget per kind of field, its text read and set the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

from briefing_app.ui.editor.fields import Field

Input = QLineEdit | QPlainTextEdit | QComboBox | QCheckBox


class AppUndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Y reach the app's undo and redo from a text field too (which would
    keep them for its own history): the typing in a field is one command, undone whole."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and is_undo_or_redo(event):
            event.ignore()
            return True
        return False


def make_input(
    field: Field, text: str, on_typed: Callable[[bool], None], undo_keys: QObject
) -> Input:
    """Return the input of `field` showing `text`; `on_typed(now)` follows each change (now:
    a box or a list, whose change is complete at once; else typing, which pauses first)."""
    widget: Input
    if field.check:
        widget = QCheckBox()
        widget.setChecked(text == "true")
        widget.toggled.connect(lambda _on: on_typed(True))
        return widget
    if field.choices:
        widget = QComboBox()
        # A long choice (an indicator's name) must not widen the narrow dock: it is elided.
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(6)
        for value, shown in field.choices:
            widget.addItem(shown, value)
        set_text(widget, text)
        widget.currentIndexChanged.connect(lambda _i: on_typed(True))
        return widget
    if field.multiline:
        widget = QPlainTextEdit(text)
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(76)
        widget.textChanged.connect(lambda: on_typed(False))
    else:
        widget = QLineEdit(text)
        widget.setCursorPosition(0)  # a text wider than the field shows its beginning
        widget.textEdited.connect(lambda _t: on_typed(False))
    widget.setReadOnly(field.read_only)
    widget.installEventFilter(undo_keys)
    return widget


def is_undo_or_redo(event: QKeyEvent) -> bool:
    """Return whether `event` is the key of undo or redo (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z)."""
    ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
    return (
        event.matches(QKeySequence.StandardKey.Undo)
        or event.matches(QKeySequence.StandardKey.Redo)
        or (ctrl and event.key() == Qt.Key.Key_Y)
    )


def text_of(widget: Input) -> str:
    """Return what an input holds, as its field reads and parses text."""
    if isinstance(widget, QCheckBox):
        return "true" if widget.isChecked() else "false"
    if isinstance(widget, QComboBox):
        return str(widget.currentData())
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text()


def set_text(widget: Input, text: str) -> None:
    """Show `text` in an input without it counting as typing."""
    if isinstance(widget, QCheckBox | QComboBox):
        widget.blockSignals(True)
        if isinstance(widget, QCheckBox):
            widget.setChecked(text == "true")
        else:
            if widget.findData(text) < 0:  # a value the list lacks (the check reports it)
                widget.addItem(text, text)
            widget.setCurrentIndex(widget.findData(text))
        widget.blockSignals(False)
    elif isinstance(widget, QPlainTextEdit):
        widget.setProperty("refreshing", True)
        widget.setPlainText(text)
        widget.setProperty("refreshing", False)
    else:
        widget.setText(text)  # textEdited fires only for typing, not for this
        if not widget.hasFocus():
            widget.setCursorPosition(0)
