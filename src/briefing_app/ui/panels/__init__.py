"""Panel widgets: one finished view per panel kind, built through `create_panel_widget`.

Each kind's module is imported when a panel of that kind is first built, so the first paint
pays only for the kinds it shows; `PANEL_WIDGETS` (every kind) loads them all.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QWidget

from briefing_app.model.briefing import Briefing
from briefing_app.model.canvas import WIDE, Canvas
from briefing_app.model.panels import PanelBase, PanelKind
from briefing_app.ui.panels.base import PanelWidget
from briefing_app.ui.theme import Theme

#: The registry: each kind -> (module in this package, widget class).
WIDGET_MODULES: dict[PanelKind, tuple[str, str]] = {
    PanelKind.COVER: ("cover", "CoverPanelWidget"),
    PanelKind.KEY_FIGURES: ("key_figures", "KeyFiguresPanelWidget"),
    PanelKind.CARDS: ("cards", "CardsPanelWidget"),
    PanelKind.BULLETS: ("bullets", "BulletsPanelWidget"),
    PanelKind.TASK: ("task", "TaskPanelWidget"),
    PanelKind.TIMELINE: ("timeline", "TimelinePanelWidget"),
    PanelKind.QUOTE: ("quote", "QuotePanelWidget"),
    PanelKind.CHART: ("chart", "ChartPanelWidget"),
    PanelKind.CLOSING: ("closing", "ClosingPanelWidget"),
    PanelKind.IMAGE: ("image", "ImagePanelWidget"),
}


def widget_class(kind: PanelKind) -> type[PanelWidget]:
    """Return the widget class of a panel kind; KeyError for a kind without one."""
    module, name = WIDGET_MODULES[kind]
    cls: type[PanelWidget] = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    return cls


def create_panel_widget(
    panel: PanelBase,
    briefing: Briefing,
    theme: Theme,
    parent: QWidget | None = None,
    *,
    canvas: Canvas = WIDE,
) -> PanelWidget:
    """Return a new widget showing `panel` laid out on `canvas`; a kind without a widget
    raises KeyError."""
    try:
        cls = widget_class(panel.kind)
    except KeyError:
        raise KeyError(f"no panel widget for kind {panel.kind!r} (panel {panel.id})") from None
    return cls(panel, briefing, theme, parent, canvas=canvas)


def __getattr__(name: str) -> Any:
    if name == "PANEL_WIDGETS":
        return {kind: widget_class(kind) for kind in WIDGET_MODULES}
    raise AttributeError(name)


__all__ = ["PANEL_WIDGETS", "PanelWidget", "create_panel_widget", "widget_class"]
