"""Key figures: 2-6 KPI cards with count-up numbers, optional items below."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout

from briefing_app.model.panels import KeyFiguresPanel, PanelKind
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.figures import KpiCard
from briefing_app.ui.panels.parts import BulletList


def figure_columns(count: int) -> int:
    """Return the columns of a KPI grid: one row up to five cards, then rows of three."""
    return count if count <= 5 else 3


class KeyFiguresPanelWidget(PanelWidget):
    """A grid of big numbers, each with its unit, name, caption and (on hover) source."""

    kind = PanelKind.KEY_FIGURES
    max_fit = 1.1

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, KeyFiguresPanel)
        grid = QGridLayout()
        self.space(grid, (0, 0, 0, 0), self.theme.gap)
        columns = figure_columns(len(panel.figures))
        self.cards: list[KpiCard] = []
        for i, figure in enumerate(panel.figures):
            card = KpiCard(figure, self.briefing, self.theme, self.emit_hover)
            grid.addWidget(card, i // columns, i % columns)
            self.cards.append(card)
            self.intro(card)
            self.count_up(card.number)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        numbers = [card.number for card in self.cards]
        for number in numbers:
            number.join(numbers)
        self.body.addStretch(1)
        self.body.addLayout(grid)
        if panel.items:
            self.items = BulletList(panel.items, self.theme)
            self.body.addSpacing(8)
            self.body.addWidget(self.items)
            self.intro(self.items)
        self.body.addStretch(2)
