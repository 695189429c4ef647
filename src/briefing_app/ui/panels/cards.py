"""Cards: a grid of 2-6 titled cards of text (title-only cards become centred tiles)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout

from briefing_app.model.panels import CardsPanel, PanelKind
from briefing_app.model.text import Card
from briefing_app.model.typescale import Role, size_px
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.grid import most_per_row, place_centred
from briefing_app.ui.panels.parts import Surface, Text, grid_columns
from briefing_app.ui.panels.typeset import balanced_break
from briefing_app.ui.theme import Theme

CARD_PAD = 40  # canvas px left and right inside a card
#: The narrowest card (canvas px): three stand in a row on 16:9 and on 4:3, since on the
#: narrower canvas a third row of cards costs more height than narrower columns do.
CARD_MIN = 360


def card_height(rows: int, tile: bool) -> int:
    """Return the least height of a card in a grid of `rows` (canvas px): one or two rows of
    short cards fill about half the body rather than leaving its lower half empty (a tile,
    its title in the middle, a little more than a card whose text starts at the top)."""
    return {1: 400 if tile else 340, 2: 260 if tile else 230}.get(rows, 0)


class CardWidget(Surface):
    """One card: a red heading over its body text, on a surface with a gold top bar."""

    def __init__(
        self, card: Card, theme: Theme, *, inner_width: int = 0, min_height: int = 0
    ) -> None:
        tile = not card.text
        super().__init__(
            theme,
            bar="top",
            padding=(CARD_PAD, 36, CARD_PAD, 36),
            spacing=16,
            min_height=max(min_height, 200 if tile else 0),
        )
        align = Qt.AlignmentFlag.AlignHCenter if tile else Qt.AlignmentFlag.AlignLeft
        if tile:  # a tile's title keeps its size and breaks in the middle, not before a
            # last character; a card's title grows with its text
            size = size_px(Role.CARD_LABEL)
            title = balanced_break(card.title, size, inner_width) if inner_width else card.title
            self.title = Text(title, Role.CARD_LABEL, theme.primary, bold=True, align=align)
        else:
            self.title = Text(card.title, Role.CARD_LABEL, theme.primary, bold=True)
        self.text = Text(card.text, Role.BODY, theme.text)
        self.text.setVisible(bool(card.text))
        if tile:  # a title alone sits in the middle of its tile
            self.box.addStretch(1)
        self.box.addWidget(self.title)
        self.box.addWidget(self.text)
        self.box.addStretch(1)


class CardsPanelWidget(PanelWidget):
    """Cards in a grid: one row for two or three, 2x2 for four, rows of three beyond (where
    cards of CARD_MIN fit).

    The cards take the height of their text (grown to fill when the text is short) and the
    grid stands in the middle of the body, so a few short cards are not left as
    tall empty boxes.
    """

    kind = PanelKind.CARDS
    max_fit = 1.25

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, CardsPanel)
        grid = QGridLayout()
        self.space(grid, (0, 0, 0, 0), self.theme.gap)
        t = self.theme
        row = self.canvas.width - 2 * self.margin
        columns = grid_columns(len(panel.cards), most_per_row(3, row, CARD_MIN, t.gap))
        inner = (row - (columns - 1) * t.gap) // columns - 2 * CARD_PAD - 4
        self.cards: list[CardWidget] = []
        rows = -(-len(panel.cards) // columns)
        for card in panel.cards:
            widget = CardWidget(
                card, t, inner_width=inner, min_height=card_height(rows, not card.text)
            )
            self.cards.append(widget)
            self.intro(widget)
        place_centred(grid, self.cards, columns)  # a short last row stands centred
        self.body.addStretch(1)  # centred in the body, as the deck centres it
        self.body.addLayout(grid)
        self.body.addStretch(1)
