"""The live check list: the edited briefing's problems in the interface language; a click
jumps to the field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from briefing_app.content.problems import Problem
from briefing_app.ui.i18n import language, tr


class CheckList(QWidget):
    """Lists problems; emits `sig_problem_chosen(Problem)` when one is clicked."""

    sig_problem_chosen = Signal(object)
    sig_field_chosen = Signal(str)  # the inspector key of a refused entry that was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(tr("editor.check_ok"))
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._on_item)
        self.list.itemClicked.connect(self._on_item)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.status)
        column.addWidget(self.list, 1)
        self._problems: list[Problem] = []
        self._refusal: tuple[str, str] | None = None  # (why, the field's key)

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def set_checking(self, checking: bool) -> None:
        """Say that a check is running (its result replaces the list when it ends)."""
        if checking:
            self.status.setText(tr("editor.checking"))
        else:
            self._say_count()

    def set_problems(self, problems: list[Problem]) -> None:
        """Show `problems` (none: the edited briefing passes every check); a refused entry
        shown before is gone (the edit that followed it was made)."""
        if problems == self._problems and self._refusal is None:
            self._say_count()
            return
        self._problems, self._refusal = list(problems), None
        self._fill()

    def show_refusal(self, why: str, key: str) -> None:
        """List first an entry the session refused (it stays typed in field `key`)."""
        self._refusal = (why, key)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        lang = language()
        if self._refusal is not None:
            why, key = self._refusal
            item = QListWidgetItem(why)
            item.setForeground(QColor("#C0392B"))
            item.setToolTip(why)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        for problem in self._problems:
            where = problem.where(lang)
            message = problem.text.render(lang)
            item = QListWidgetItem(
                f"{where}：{message}"
                if where and lang == "zh_CN"
                else f"{where}: {message}"
                if where
                else message
            )
            item.setToolTip(problem.render(lang))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.list.addItem(item)
        self._say_count()

    def _say_count(self) -> None:
        n = len(self._problems) + (self._refusal is not None)
        self.status.setText(tr("editor.check_problems", n=n) if n else tr("editor.check_ok"))
        self.status.setStyleSheet("color: #C0392B;" if n else "color: #1E7B34;")

    def _on_item(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(problem, Problem):
            self.sig_problem_chosen.emit(problem)
        elif isinstance(problem, str) and problem:
            self.sig_field_chosen.emit(problem)
