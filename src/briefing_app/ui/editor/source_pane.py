"""The source pane: the source text with every quoted span highlighted; a selected number can
become an indicator (添加为数据) with its name, unit and value proposed from its words."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.model.briefing import Briefing
from briefing_app.model.edits import AddIndicator
from briefing_app.ui.editor.fields import parse_number
from briefing_app.ui.editor.spans import Proposal, SourceIndex, propose, quoted_spans
from briefing_app.ui.i18n import tr

QUOTED = QColor("#FCE9A9")  # a highlighter's yellow: quoted sentences


def confirm_proposal(parent: QWidget, proposal: Proposal) -> Proposal | None:
    """Let the author correct the proposed name, unit and value; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("source.add_figure"))
    form = QFormLayout(dialog)
    name, unit = QLineEdit(proposal.name), QLineEdit(proposal.unit)
    value = QLineEdit(f"{proposal.value:.{proposal.decimals}f}")
    quote = QLabel(proposal.quote)
    quote.setWordWrap(True)
    form.addRow(tr("editor.f.name", n=0), name)
    form.addRow(tr("editor.f.unit", n=0), unit)
    form.addRow(tr("editor.f.value", n=0), value)
    form.addRow(tr("editor.f.source", n=0), quote)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        number = float(parse_number(value.text()))
    except ValueError:
        return None
    return dataclasses.replace(proposal, name=name.text(), unit=unit.text(), value=number)


class SourcePane(QWidget):
    """Shows the source; emits `sig_edit(AddIndicator)` when a selected figure is added."""

    sig_edit = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.selectionChanged.connect(self._on_selection)
        self.add_button = QPushButton(tr("source.add_figure"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_selected)
        self.hint = QLabel(tr("source.hint"))
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(row)
        column.addWidget(self.text, 1)
        self._briefing: Briefing | None = None
        self._index = SourceIndex("")
        self.spans: list[tuple[int, int]] = []

    def set_briefing(self, briefing: Briefing) -> None:
        """Show `briefing`'s source with its quotes highlighted (the text kept when unchanged)."""
        self._briefing = briefing
        if briefing.source_text != self._index.text:
            self._index = SourceIndex(briefing.source_text)
            self.text.setPlainText(briefing.source_text)
        self.spans = quoted_spans(briefing, self._index)
        marks = []
        fmt = QTextCharFormat()
        fmt.setBackground(QUOTED)
        for start, end in self.spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            marks.append(selection)
        self.text.setExtraSelections(marks)

    def select_span(self, start: int, end: int) -> None:
        """Select text[start:end] and scroll to it (the coverage list points here)."""
        cursor = self.text.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def proposal(self) -> Proposal | None:
        """Return the indicator proposed for the selection (None: it holds no figure)."""
        cursor = self.text.textCursor()
        if self._briefing is None or not cursor.hasSelection():
            return None
        year = self._briefing.meta.date.year
        return propose(self._index.text, cursor.selectionStart(), cursor.selectionEnd(), year)

    def _on_selection(self) -> None:
        self.add_button.setEnabled(self.proposal() is not None)

    def add_selected(self) -> None:
        """Propose an indicator for the selected figure and, once confirmed, add it."""
        proposal = self.proposal()
        if proposal is None or self._briefing is None:
            return
        chosen = confirm_proposal(self, proposal)
        if chosen is None:
            return
        used = {i.id for i in self._briefing.indicators}
        n = 1
        while f"figure_{n}" in used:
            n += 1
        self.sig_edit.emit(AddIndicator(chosen.indicator(f"figure_{n}")))
