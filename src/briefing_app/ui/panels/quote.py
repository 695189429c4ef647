"""Quote: a statement in large type between gold quotation marks, with its attribution."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent

from briefing_app.model.panels import PanelKind, QuotePanel
from briefing_app.model.typescale import Role, size_px
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.parts import Surface, Text
from briefing_app.ui.panels.typeset import balanced_break, panel_font
from briefing_app.ui.theme import Theme

#: Quotes up to this many characters are set large and centred; longer ones read left-aligned.
SHORT_QUOTE = 48


class QuoteCard(Surface):
    """A card with large gold quotation marks in its top-left and bottom-right corners."""

    MARK_PX = 200
    INSET = 44

    def __init__(self, theme: Theme) -> None:
        super().__init__(theme, bar="left", padding=(150, 72, 150, 64), spacing=32)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        s = self._scale
        font = panel_font(self.MARK_PX * s, bold=True)
        metrics = QFontMetricsF(font)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        painter.setPen(QColor(self._theme.accent))
        inset = self.INSET * s
        # The marks sit off-centre in their em boxes, so place them by their ink.
        opening = metrics.tightBoundingRect("“")
        painter.drawText(QPointF(inset - opening.left(), inset - opening.top()), "“")
        closing = metrics.tightBoundingRect("”")
        x = self.width() - inset - closing.right()
        y = self.height() - inset - closing.bottom()
        painter.drawText(QPointF(x, y), "”")
        painter.end()


class QuotePanelWidget(PanelWidget):
    """The quotation on a card; the attribution right-aligned under it."""

    kind = PanelKind.QUOTE
    max_fit = 1.2

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, QuotePanel)
        t = self.theme
        self.card = QuoteCard(t)
        short = len(panel.quote.text) <= SHORT_QUOTE
        role = Role.TITLE if short else Role.CARD_LABEL
        size = size_px(role)
        align = Qt.AlignmentFlag.AlignHCenter if short else Qt.AlignmentFlag.AlignLeft
        text = panel.quote.text
        if short:  # as large as the panel may grow it, inside the card's padding
            text = balanced_break(text, size, self.canvas.width - 2 * self.margin - 310)
        self.quote = Text(text, role, t.text, bold=panel.quote.emphasis, align=align)
        attribution = f"—— {panel.attribution}" if panel.attribution else ""
        self.attribution = Text(
            attribution, Role.BODY, t.secondary, bold=True, align=Qt.AlignmentFlag.AlignRight
        )
        self.attribution.setVisible(bool(panel.attribution))
        self.card.box.addWidget(self.quote)
        self.card.box.addWidget(self.attribution)
        self.body.addStretch(1)  # centred in the body
        self.body.addWidget(self.card)
        self.body.addStretch(1)
        self.intro(self.card)
