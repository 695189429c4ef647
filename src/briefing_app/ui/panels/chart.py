"""Chart: a title, a lead, the chart area and optional takeaways at its side."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QHBoxLayout

from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import ChartPanel, PanelBase, PanelKind
from briefing_app.model.typescale import Role
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.chart_area import ChartArea
from briefing_app.ui.panels.parts import BulletList


class ChartPanelWidget(PanelWidget):
    """The chart fills the body; takeaways, when given, take the right third."""

    kind = PanelKind.CHART
    max_fit = 1.15

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, ChartPanel)
        row = QHBoxLayout()
        self.space(row, (0, 0, 0, 0), self.theme.gap * 2)
        self.chart = self.add_chart(ChartArea(panel.chart, self.briefing, self.theme, panel.title))
        row.addWidget(self.chart, 2)
        self.intro(self.chart)
        if panel.items:
            self.items = BulletList(panel.items, self.theme, role=Role.BODY)
            row.addWidget(self.items, 1)
            self.intro(self.items)
        self.body.addLayout(row, 1)

    def update_panel(self, panel: PanelBase, briefing: Briefing) -> bool:
        """Show an edit of this panel that changed only its chart's values and words, in
        place (no new widget, no new fit); False, and nothing changed, for any other edit."""
        old = self.panel
        if not isinstance(panel, ChartPanel) or not isinstance(old, ChartPanel):
            return False
        if dataclasses.replace(panel, chart=old.chart) != old:
            return False  # the title, lead or takeaways changed: they need a new fit
        if not self.chart.update_spec(panel.chart, briefing):
            return False
        self.panel, self.briefing = panel, briefing
        return True
