"""Task: one key task with its number badge, headline, sub-items, figures and chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from briefing_app.model.numerals import task_count_label, task_number_label
from briefing_app.model.panels import PanelKind, TaskPanel
from briefing_app.model.typescale import Role
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.chart_area import ChartArea
from briefing_app.ui.panels.figures import KpiCard
from briefing_app.ui.panels.grid import most_per_row, place_centred
from briefing_app.ui.panels.parts import BulletList, Surface, Text, TitleBlock, tint
from briefing_app.ui.panels.typeset import panel_font
from briefing_app.ui.theme import Theme

#: The narrowest compact figure card (canvas px): four beside the items on 16:9, three on 4:3.
COMPACT_MIN = 220


class NumberBadge(QWidget):
    """The task's number in white on a red disc ringed in gold."""

    DIAMETER = 132

    def __init__(self, number: int, theme: Theme) -> None:
        super().__init__()
        self._number = number
        self._theme = theme
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def rescale(self, scale: float, fit: float) -> None:
        self._scale = scale
        side = round(self.DIAMETER * scale)
        self.setFixedSize(side, side)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        s, t = self._scale, self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = max(1.0, 4 * s)
        outer = QRectF(self.rect()).adjusted(ring, ring, -ring, -ring)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(t.accent))
        painter.drawEllipse(outer.adjusted(-ring, -ring, ring, ring))
        painter.setBrush(QColor(t.primary))
        painter.drawEllipse(outer.adjusted(ring, ring, -ring, -ring))
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(panel_font(72 * s, bold=True))
        painter.drawText(outer, Qt.AlignmentFlag.AlignCenter, str(self._number))
        painter.end()


class TaskHeader(QWidget):
    """The number badge beside the title block (任务一 · 共八项 over the title)."""

    def __init__(self, badge: NumberBadge, block: TitleBlock) -> None:
        super().__init__()
        self.badge, self.block = badge, block
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        self._row.addWidget(block, 1)

    def rescale(self, scale: float, fit: float) -> None:
        self._row.setSpacing(round(36 * scale))


class TaskPanelWidget(PanelWidget):
    """Headline and sub-items on the left; figures and the chart, if any, on the right."""

    kind = PanelKind.TASK
    max_fit = 1.25

    def make_header(self) -> QWidget:
        panel = self.panel
        assert isinstance(panel, TaskPanel)
        # The tasks of this panel's section (共两项 in a section of two), not of the briefing.
        section = next((s for s in self.briefing.sections if panel in s.panels), None)
        count = sum(isinstance(p, TaskPanel) for p in section.panels) if section else 1
        kicker = task_number_label(panel.number)
        if count > 1:
            kicker += f"  ·  {task_count_label(count)}"
        block = TitleBlock(panel.title, panel.lead, self.theme, kicker=kicker)
        return TaskHeader(NumberBadge(panel.number, self.theme), block)

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, TaskPanel)
        t = self.theme
        if not panel.figures and panel.chart is None:
            self.max_fit = 1.45  # a headline and a few items: set them large
        self.headline_card = Surface(
            t, bar="left", padding=(36, 28, 36, 28), fill=tint(t.primary, t.surface, 0.06)
        )
        self.headline = Text(panel.headline.text, Role.CARD_LABEL, t.text, bold=True)
        self.headline_card.box.addWidget(self.headline)
        # Without a chart to fill the body, the headline, items and figures stand in its
        # middle (equal stretches above and below; the items spread first, see
        # PanelWidget._spread) rather than leaving its lower half empty.
        balanced = panel.chart is None
        if balanced:
            self.body.addStretch(1)
        self.body.addWidget(self.headline_card)
        self.intro(self.headline_card)

        row = QHBoxLayout()
        self.space(row, (0, 0, 0, 0), t.gap * 2)
        if panel.items:
            left = QVBoxLayout()
            self.items = BulletList(panel.items, t, gap=18)
            left.addStretch(1)  # a list shorter than the figures beside it stands centred
            left.addWidget(self.items)
            left.addStretch(1)
            self.intro(self.items)
            row.addLayout(left, 2)
        self.cards: list[KpiCard] = []
        if panel.figures or panel.chart is not None:
            right = QVBoxLayout()
            self.space(right, (0, 0, 0, 0), t.gap)
            if panel.figures:
                columns = min(self._columns(panel), self._fitting_columns(panel))
                right.addLayout(self._figure_grid(panel, columns))
            if panel.chart is not None:
                self.chart = self.add_chart(ChartArea(panel.chart, self.briefing, t, panel.title))
                right.addWidget(self.chart, 1)
                self.intro(self.chart)
            else:
                right.addStretch(1)
            row.addLayout(right, 3)
        self.body.addLayout(row, 0 if balanced else 1)
        if balanced:
            self.body.addStretch(1)

    @staticmethod
    def _columns(panel: TaskPanel) -> int:
        """Return the columns of the figure cards: a row when alone, else a compact grid."""
        count = len(panel.figures)
        if not panel.items and panel.chart is None:
            return min(count, 4)
        if panel.chart is not None:
            return min(count, 3)
        return 1 if count <= 2 else 2 if count <= 4 else 3

    def _fitting_columns(self, panel: TaskPanel) -> int:
        """Return how many compact figure cards fit the right-hand column side by side."""
        t = self.theme
        row = self.canvas.width - 2 * self.margin
        if panel.items:  # the figures take three fifths beside the items
            row = (row - 2 * t.gap) * 3 // 5
        return most_per_row(4, row, COMPACT_MIN, t.gap * 3 // 4)

    def _figure_grid(self, panel: TaskPanel, columns: int) -> QGridLayout:
        grid = QGridLayout()
        self.space(grid, (0, 0, 0, 0), self.theme.gap * 3 // 4)
        for figure in panel.figures:
            card = KpiCard(figure, self.briefing, self.theme, self.emit_hover, compact=True)
            self.cards.append(card)
            self.intro(card)
            self.count_up(card.number)
        place_centred(grid, self.cards, columns)  # a short last row stands centred
        numbers = [card.number for card in self.cards]
        for number in numbers:
            number.join(numbers)
        return grid
