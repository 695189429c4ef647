"""The error banner of the main window: what is wrong with the briefing, each problem clickable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from briefing_app.content.problems import Problem
from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import panel_charts, panel_figures
from briefing_app.ui.i18n import tr

VISIBLE_ROWS = 5  # more scroll: the stage keeps most of the window


class ProblemBanner(QFrame):
    """A heading and one line per problem (file:line:column and the field in words).

    Clicking a problem on a panel emits `sig_problem_chosen` with the problem; the main
    window opens that panel. `text()` is what the banner says, as plain lines.
    """

    sig_problem_chosen = Signal(object)  # Problem

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("problemBanner")
        self.setStyleSheet(
            "#problemBanner { background:#FDECEA; border-bottom:2px solid #B71C1C; }"
            "QLabel, QListWidget { color:#8B1A1A; font-size:14px; background:transparent; }"
            "QListWidget { border:none; }"
            "QListWidget::item:hover { background:#F9D6D2; }"
        )
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The list is built when first needed: an item view costs the first paint a lot.
        self._list: QListWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 8)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.heading)

    @property
    def problem_list(self) -> QListWidget:
        """Return the list of problems, building it on first use."""
        if self._list is None:
            self._list = QListWidget()
            self._list.setWordWrap(True)
            self._list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the stage
            self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._list.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            self._list.itemClicked.connect(self._on_item_clicked)
            self._layout.addWidget(self._list)
        return self._list

    def show_problems(self, heading: str, problems: list[Problem], language: str) -> None:
        """Say `heading`, then each problem in `language`; those on a panel can be clicked."""
        self.heading.setText(heading)
        self.problem_list.clear()
        for problem in problems:
            item = QListWidgetItem(problem.render(language, words=True))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            if problem.place is not None and (
                problem.place.panel_index is not None or problem.place.indicator_id
            ):
                item.setToolTip(tr("banner.open_panel"))
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.problem_list.addItem(item)
        rows = min(len(problems), VISIBLE_ROWS)
        height = sum(self.problem_list.sizeHintForRow(i) for i in range(rows))
        self.problem_list.setFixedHeight(height + 2 * self.problem_list.frameWidth() + 2)
        self.problem_list.setVisible(bool(problems))

    def setText(self, text: str) -> None:  # as the QLabel it replaced
        """Say `text` alone (a reason without a list of problems)."""
        self.heading.setText(text)
        if self._list is not None:
            self._list.clear()
            self._list.hide()

    def text(self) -> str:
        """Return the heading and each problem's line, as shown."""
        lines = [self.heading.text()]
        if self._list is not None:
            lines += [self._list.item(i).text() for i in range(self._list.count())]
        return "\n".join(lines)

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(problem, Problem) and problem.place is not None:
            self.sig_problem_chosen.emit(problem)


def panel_index_of(problem: Problem, briefing: Briefing) -> int | None:
    """Return the index of the panel `problem` is on within `briefing` (None if not on one).

    By the panel's id first: the briefing shown is the last good one, whose panels may sit
    elsewhere than in the saved file; by position when the id is not there (a new panel).
    A problem with an indicator opens the first panel that shows the indicator.
    """
    place = problem.place
    if place is not None and place.indicator_id:
        return _first_panel_showing(briefing, place.indicator_id)
    if place is None or place.panel_index is None:
        return None
    ids = [panel.id for panel in briefing.panels]
    if place.panel_id in ids:
        return ids.index(place.panel_id)
    return min(place.panel_index, len(ids) - 1) if ids else None


def _first_panel_showing(briefing: Briefing, indicator_id: str) -> int | None:
    for index, panel in enumerate(briefing.panels):
        shown = {figure.indicator for figure in panel_figures(panel)}
        for chart in panel_charts(panel):
            shown |= {ref for series in chart.series for ref in series.refs if ref}
            shown |= {line.value for line in chart.reference_lines if isinstance(line.value, str)}
            shown |= {chart.total} if isinstance(chart.total, str) else set()
        if indicator_id in shown:
            return index
    return None
