"""Bullets: a title, a lead sentence and items with a red marker; emphasis items are bold."""

from __future__ import annotations

from briefing_app.model.panels import BulletsPanel, PanelKind
from briefing_app.model.typescale import Role
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.parts import BulletList


class BulletsPanelWidget(PanelWidget):
    """A list of statements at reading size; few items are set larger than many."""

    kind = PanelKind.BULLETS
    max_fit = 1.3

    def build(self) -> None:
        panel = self.panel
        assert isinstance(panel, BulletsPanel)
        t = self.theme
        self.items = BulletList(panel.items, t, role=Role.BODY, gap=28)
        # Equal room above and below: a short list stands in the middle of the body, its
        # items spread apart first (PanelWidget._spread).
        self.body.addStretch(1)
        self.body.addWidget(self.items)
        self.body.addStretch(1)
        for item in self.items.items:
            self.intro(item)
