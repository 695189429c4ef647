"""Cards: a grid of 2-6 titled cards of text."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout

from briefing_app.model.panels import CardsPanel, PanelKind
from briefing_app.model.text import Card
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.parts import Surface, Text, grid_columns
from briefing_app.ui.theme import Theme


class CardWidget(Surface):
    """One card: a red heading over its body text, on a surface with a gold top bar."""

    def __init__(self, card: Card, theme: Theme, *, number: int = 0) -> None:
        super().__init__(theme, bar="top", padding=(40, 36, 40, 36), spacing=16)
        self.title = Text(card.title, theme.heading_size, theme.primary, bold=True, shrink=0.6)
        self.text = Text(card.text, theme.body_size, theme.text)
        self.text.setVisible(bool(card.text))
        self.box.addWidget(self.title)
        self.box.addWidget(self.text)
        self.box.addStretch(1)


class CardsPanelWidget(PanelWidget):
    """Cards in a grid: one row for two or three, 2x2 for four, rows of three beyond."""

    kind = PanelKind.CARDS
    max_fit = 1.2

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, CardsPanel)
        grid = QGridLayout()
        self.space(grid, (0, 0, 0, 0), self.theme.gap)
        columns = grid_columns(len(panel.cards))
        rows = (len(panel.cards) + columns - 1) // columns
        self.cards: list[CardWidget] = []
        for i, card in enumerate(panel.cards):
            widget = CardWidget(card, self.theme)
            grid.addWidget(widget, i // columns, i % columns)
            self.cards.append(widget)
            self.intro(widget)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        for row in range(rows):
            grid.setRowStretch(row, 1)
        self.body.addLayout(grid, 1)
