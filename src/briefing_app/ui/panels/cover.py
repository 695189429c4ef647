"""The cover: briefing title, subtitle, meeting and date, the anniversary badge, organisation."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from briefing_app.model.briefing import Anniversary
from briefing_app.model.panels import CoverPanel, PanelKind
from briefing_app.model.typescale import Role, size_px
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.image import Picture
from briefing_app.ui.panels.parts import Band, Rule, Text
from briefing_app.ui.panels.typeset import balanced_break, chinese_date, panel_font
from briefing_app.ui.theme import Theme

CENTRE = Qt.AlignmentFlag.AlignHCenter
LOGO_PX = 96  # the logo's height on the cover, canvas px


class AnniversaryBadge(QWidget):
    """A gold seal: 建区 / 30 / 周年 in a double ring, the years 1993—2023 under it."""

    DIAMETER = 200

    def __init__(self, anniversary: Anniversary, theme: Theme) -> None:
        super().__init__()
        self._years = anniversary.years
        self._span = f"{anniversary.founded}—{anniversary.founded + anniversary.years}"
        self._theme = theme
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(f"建区{self._years}周年 {self._span}")

    def rescale(self, scale: float, fit: float) -> None:
        self._scale = scale
        self.setFixedSize(round(self.DIAMETER * 1.3 * scale), round((self.DIAMETER + 52) * scale))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        s, t = self._scale, self._theme
        d = self.DIAMETER * s
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        circle = QRectF((self.width() - d) / 2, 0, d, d).adjusted(3 * s, 3 * s, -3 * s, -3 * s)
        painter.setPen(QPen(QColor(t.accent), max(1.0, 5 * s)))
        painter.setBrush(QColor(t.surface))
        painter.drawEllipse(circle)
        inner = circle.adjusted(12 * s, 12 * s, -12 * s, -12 * s)
        painter.setPen(QPen(QColor(t.accent), max(1.0, 1.5 * s)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
        cx = circle.center().x()
        self._line(painter, "建区", cx, circle.top() + 58 * s, 24 * s, t.accent_text)
        self._line(painter, str(self._years), cx, circle.top() + 132 * s, 76 * s, t.primary)
        self._line(painter, "周年", cx, circle.top() + 166 * s, 24 * s, t.accent_text)
        self._line(painter, self._span, cx, self.height() - 10 * s, 26 * s, t.secondary)
        painter.end()

    @staticmethod
    def _line(
        painter: QPainter, text: str, cx: float, baseline: float, px: float, color: str
    ) -> None:
        font = panel_font(px, bold=True)
        painter.setFont(font)
        painter.setPen(QColor(color))
        width = QFontMetricsF(font).horizontalAdvance(text)
        painter.drawText(QPointF(cx - width / 2, baseline), text)


class CoverPanelWidget(PanelWidget):
    """The title page: deep red band at the foot, gold rules, the anniversary seal."""

    kind = PanelKind.COVER
    chrome = False
    root_margins = (0, 0, 0, 0)

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, CoverPanel)
        meta, t = self.briefing.meta, self.theme

        top = QHBoxLayout()
        self.space(top, (self.margin, 56, self.margin, 0), t.gap)
        self.logo: Picture | None = None
        if panel.logo_data:  # the organisation's logo before its name
            self.logo = Picture(panel.logo_data, height=LOGO_PX)
            top.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        self.organisation = Text(meta.organisation, Role.CARD_LABEL, t.primary, bold=True)
        top.addWidget(self.organisation, 1, Qt.AlignmentFlag.AlignVCenter)
        if meta.anniversary is not None:
            self.badge: AnniversaryBadge | None = AnniversaryBadge(meta.anniversary, t)
            top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self.badge = None
        self.body.addLayout(top)
        self.body.addStretch(2)

        size = size_px(Role.DISPLAY)
        title = meta.title or panel.title
        self.title = Text(
            balanced_break(title, size, self.canvas.width - 2 * (self.margin + 40)),
            Role.DISPLAY,
            t.primary,
            bold=True,
            align=CENTRE,
        )
        self.rule = Rule(t, centred=True, length=720)
        subtitle = panel.subtitle or meta.subtitle
        self.subtitle = Text(subtitle, Role.CARD_LABEL, t.text, align=CENTRE)
        self.subtitle.setVisible(bool(subtitle))
        self.tagline = Text(panel.tagline, Role.BODY, t.muted, align=CENTRE)
        self.tagline.setVisible(bool(panel.tagline))
        middle = QHBoxLayout()
        column = QWidget()
        col = QVBoxLayout(column)
        self.space(col, (self.margin + 40, 0, self.margin + 40, 0), 28)
        for widget in (self.title, self.rule, self.subtitle, self.tagline):
            col.addWidget(widget)
        middle.addWidget(column)
        self.body.addLayout(middle)
        self.body.addStretch(3)

        self.band = Band(t)
        self.meeting = Text(meta.meeting, Role.CARD_LABEL, "#FFFFFF", bold=True, align=CENTRE)
        self.date = Text(chinese_date(meta.date), Role.BODY, "#F3DFA2", align=CENTRE)
        self.band.box.addWidget(self.meeting)
        self.band.box.addWidget(self.date)
        self.body.addWidget(self.band)
        intro: tuple[QWidget, ...] = (self.title, self.rule, self.subtitle, self.band)
        for part in intro:
            self.intro(part)
