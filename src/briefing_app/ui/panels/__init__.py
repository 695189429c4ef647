"""Panel widgets: one finished view per panel kind, built through `create_panel_widget`."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.model.panels import PanelBase, PanelKind
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.panels.bullets import BulletsPanelWidget
from briefing_app.ui.panels.cards import CardsPanelWidget
from briefing_app.ui.panels.chart import ChartPanelWidget
from briefing_app.ui.panels.closing import ClosingPanelWidget
from briefing_app.ui.panels.cover import CoverPanelWidget
from briefing_app.ui.panels.key_figures import KeyFiguresPanelWidget
from briefing_app.ui.panels.quote import QuotePanelWidget
from briefing_app.ui.panels.task import TaskPanelWidget
from briefing_app.ui.panels.timeline import TimelinePanelWidget
from briefing_app.ui.theme import Theme

PANEL_WIDGETS: dict[PanelKind, type[PanelWidget]] = {
    PanelKind.COVER: CoverPanelWidget,
    PanelKind.KEY_FIGURES: KeyFiguresPanelWidget,
    PanelKind.CARDS: CardsPanelWidget,
    PanelKind.BULLETS: BulletsPanelWidget,
    PanelKind.TASK: TaskPanelWidget,
    PanelKind.TIMELINE: TimelinePanelWidget,
    PanelKind.QUOTE: QuotePanelWidget,
    PanelKind.CHART: ChartPanelWidget,
    PanelKind.CLOSING: ClosingPanelWidget,
}


def create_panel_widget(
    panel: PanelBase, briefing: Briefing, theme: Theme, parent: QWidget | None = None
) -> PanelWidget:
    """Return a new widget showing `panel`; a kind without a widget raises KeyError."""
    try:
        cls = PANEL_WIDGETS[panel.kind]
    except KeyError:
        raise KeyError(f"no panel widget for kind {panel.kind!r} (panel {panel.id})") from None
    return cls(panel, briefing, theme, parent)


__all__ = ["PANEL_WIDGETS", "PanelWidget", "create_panel_widget"]
