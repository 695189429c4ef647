"""Key figures: 1-12 KPI cards with count-up numbers in a balanced grid, optional items below."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout

from briefing_app.model.canvas import WIDE
from briefing_app.model.panels import KeyFiguresPanel, PanelKind
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.figures import KpiCard
from briefing_app.ui.panels.grid import balanced_columns, most_per_row, place_centred
from briefing_app.ui.panels.parts import BulletList

#: The narrowest key-figure card (canvas px): five in a row on 16:9, four on 4:3.
FIGURE_MIN = 280


def figure_columns(count: int, row_width: int = WIDE.width - 2 * 96, gap: int = 32) -> int:
    """Return the columns of a KPI grid: one row up to five cards (as many as fit a row
    `row_width` wide), then balanced rows."""
    return balanced_columns(count, most_per_row(5, row_width, FIGURE_MIN, gap))


class KeyFiguresPanelWidget(PanelWidget):
    """A grid of big numbers, each with its unit, name, caption and (on hover) source."""

    kind = PanelKind.KEY_FIGURES
    max_fit = 1.1

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, KeyFiguresPanel)
        grid = QGridLayout()
        self.space(grid, (0, 0, 0, 0), self.theme.gap)
        t = self.theme
        columns = figure_columns(len(panel.figures), self.canvas.width - 2 * self.margin, t.gap)
        self.cards: list[KpiCard] = []
        tight = len(panel.figures) > 2 * columns  # three rows
        for figure in panel.figures:
            card = KpiCard(figure, self.briefing, self.theme, self.emit_hover, tight=tight)
            self.cards.append(card)
            self.intro(card)
            self.count_up(card.number)
        # One or two cards stand in the middle at a third of the width, not stretched across.
        place_centred(grid, self.cards, max(columns, 3))
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
        self.body.addStretch(1)  # centred in the body
