"""Closing: a large centred call, its subtitle and text, the organisation and date."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefing_app.model.panels import ClosingPanel, PanelKind
from briefing_app.model.typescale import Role, size_px
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.parts import Band, Rule, Text
from briefing_app.ui.panels.typeset import balanced_break, chinese_date

CENTRE = Qt.AlignmentFlag.AlignHCenter


class ClosingPanelWidget(PanelWidget):
    """The last page: the closing words large in the middle, the red band at the foot."""

    kind = PanelKind.CLOSING
    chrome = False
    root_margins = (0, 0, 0, 0)

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, ClosingPanel)
        meta, t = self.briefing.meta, self.theme
        size = size_px(Role.DISPLAY)
        column = QWidget()
        col = QVBoxLayout(column)
        self.space(col, (self.margin + 40, 0, self.margin + 40, 0), 32)
        title = balanced_break(panel.title, size, self.canvas.width - 2 * (self.margin + 40))
        self.title = Text(title, Role.DISPLAY, t.primary, bold=True, align=CENTRE)
        self.rule = Rule(t, centred=True, length=560)
        self.subtitle = Text(panel.subtitle, Role.CARD_LABEL, t.text, align=CENTRE)
        self.subtitle.setVisible(bool(panel.subtitle))
        text = panel.text.text if panel.text else ""
        self.text = Text(text, Role.BODY, t.muted, align=CENTRE)
        self.text.setVisible(bool(text))
        for widget in (self.title, self.rule, self.subtitle, self.text):
            col.addWidget(widget)
        self.body.addStretch(1)
        self.body.addWidget(column)
        self.body.addStretch(1)

        self.band = Band(t)
        self.organisation = Text(
            meta.organisation, Role.CARD_LABEL, "#FFFFFF", bold=True, align=CENTRE
        )
        self.date = Text(chinese_date(meta.date), Role.BODY, "#F3DFA2", align=CENTRE)
        self.band.box.addWidget(self.organisation)
        self.band.box.addWidget(self.date)
        self.body.addWidget(self.band)
        intro: tuple[QWidget, ...] = (self.title, self.rule, self.subtitle, self.text, self.band)
        for part in intro:
            self.intro(part)
