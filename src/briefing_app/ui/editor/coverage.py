"""The coverage view: the source's figures that no panel shows yet; a click selects it in the
source pane, where 添加为数据 turns it into an indicator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.ui.editor.spans import SourceIndex, unshown_figures
from briefing_app.ui.i18n import tr

CONTEXT = 14  # characters of the sentence shown either side of the figure


class CoverageList(QWidget):
    """Lists unshown figures with their words around; emits `sig_chosen(start, end)`."""

    sig_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._on_item)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.summary)
        column.addWidget(self.list, 1)
        self._index = SourceIndex("")

    def set_briefing(self, briefing: Briefing) -> None:
        if briefing.source_text != self._index.text:
            self._index = SourceIndex(briefing.source_text)
        text = self._index.text
        figures = unshown_figures(briefing, self._index)
        self.list.clear()
        for figure in figures:
            before = text[max(0, figure.start - CONTEXT) : figure.start].replace("\n", " ")
            after = text[figure.end : figure.end + CONTEXT // 2].replace("\n", " ")
            item = QListWidgetItem(f"{figure.written}　…{before}【{figure.written}】{after}…")
            item.setData(Qt.ItemDataRole.UserRole, (figure.start, figure.end))
            self.list.addItem(item)
        self.summary.setText(
            tr("coverage.missing", n=len(figures)) if figures else tr("coverage.all_shown")
        )

    def figures(self) -> list[str]:
        """Return the listed figures as written (for tests and the summary)."""
        return [self.list.item(i).text().split("　")[0] for i in range(self.list.count())]

    def _on_item(self, item: QListWidgetItem) -> None:
        start, end = item.data(Qt.ItemDataRole.UserRole)
        self.sig_chosen.emit(int(start), int(end))
