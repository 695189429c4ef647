"""Timeline: a horizontal line with a dot per event; label, title and text under each."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from briefing_app.model.panels import PanelKind, TimelineEvent, TimelinePanel
from briefing_app.model.typescale import Role
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.parts import Text
from briefing_app.ui.theme import Theme

CENTRE = Qt.AlignmentFlag.AlignHCenter


class Dot(QWidget):
    """The dot of one event on the line; highlighted events get a larger gold dot and ring."""

    HEIGHT = 56

    def __init__(self, highlight: bool, theme: Theme) -> None:
        super().__init__()
        self._highlight = highlight
        self._theme = theme
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def rescale(self, scale: float, fit: float) -> None:
        self._scale = scale
        self.setFixedHeight(round(self.HEIGHT * scale))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        s, t = self._scale, self._theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        if self._highlight:
            painter.setPen(QPen(QColor(t.accent), max(1.0, 3 * s)))
            painter.setBrush(QColor(t.background))
            painter.drawEllipse(centre, 26 * s, 26 * s)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(t.accent))
            painter.drawEllipse(centre, 17 * s, 17 * s)
        else:
            painter.setPen(QPen(QColor(t.background), max(1.0, 4 * s)))
            painter.setBrush(QColor(t.primary))
            painter.drawEllipse(centre, 14 * s, 14 * s)
        painter.end()


class EventColumn(QWidget):
    """One event: its label above the line, the dot on it, title and text below."""

    def __init__(self, event: TimelineEvent, theme: Theme) -> None:
        super().__init__()
        self.item = event
        colour = theme.accent_text if event.highlight else theme.primary
        self.label = Text(event.label, Role.CARD_LABEL, colour, bold=True, align=CENTRE)
        self.dot = Dot(event.highlight, theme)
        self.title = Text(event.title, Role.BODY, theme.text, bold=True, align=CENTRE)
        self.text = Text(event.text, Role.CAPTION, theme.muted, align=CENTRE)
        self.text.setVisible(bool(event.text))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.dot, self.title, self.text):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def rescale(self, scale: float, fit: float) -> None:
        self._layout.setSpacing(round(14 * scale * fit))


class Track(QWidget):
    """The row of events; paints the line through their dots (first dot to last, and on)."""

    def __init__(self, events: tuple[TimelineEvent, ...], theme: Theme) -> None:
        super().__init__()
        self._theme = theme
        self._scale = 1.0
        self.columns = [EventColumn(event, theme) for event in events]
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        for column in self.columns:
            self._row.addWidget(column, 1)

    def rescale(self, scale: float, fit: float) -> None:
        self._scale = scale
        self._row.setSpacing(round(36 * scale))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.columns:
            return
        s, t = self._scale, self._theme
        first, last = self.columns[0].dot, self.columns[-1].dot
        y = first.mapTo(self, QPointF(0, first.height() / 2)).y()
        x0 = first.mapTo(self, QPointF(first.width() / 2, 0)).x()
        x1 = last.mapTo(self, QPointF(last.width() / 2, 0)).x()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        thick = max(1.0, 4 * s)
        painter.fillRect(QRectF(0, y - thick / 2, x0, thick), QColor(t.grid))
        painter.fillRect(QRectF(x0, y - thick / 2, x1 - x0, thick), QColor(t.primary))
        painter.fillRect(QRectF(x1, y - thick / 2, self.width() - x1, thick), QColor(t.accent))
        painter.end()


class TimelinePanelWidget(PanelWidget):
    """Events left to right on a red line; highlighted ones (goals, now) in gold."""

    kind = PanelKind.TIMELINE
    max_fit = 1.25

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, TimelinePanel)
        self.track = Track(panel.events, self.theme)
        self.body.addStretch(1)  # centred in the body
        self.body.addWidget(self.track)
        self.body.addStretch(1)
        for column in self.track.columns:
            self.intro(column)
