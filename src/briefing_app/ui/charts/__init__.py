"""Live charts: one ChartSpec drawn by pyqtgraph, animated, with hover text and sources.

`create_chart_view(spec, briefing, theme)` returns a `ChartView` widget. pyqtgraph costs
~0.4 s to import, so this package imports it only when the first chart is built: the
renderer modules are loaded lazily, and `RENDERERS` is resolved on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing_app.model.briefing import Briefing
from briefing_app.model.chart import ChartSpec
from briefing_app.ui.theme import Theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from briefing_app.ui.charts.base import ChartRenderer
    from briefing_app.ui.charts.view import ChartView

__all__ = ["RENDERERS", "ChartKindError", "create_chart_view"]


class ChartKindError(KeyError):
    """A chart kind with no live renderer."""


def renderer_for(kind: object) -> type[ChartRenderer]:
    """Return the renderer class of `kind`; ChartKindError when there is none."""
    from briefing_app.ui.charts.registry import RENDERERS

    try:
        return RENDERERS[kind]  # type: ignore[index]
    except KeyError:
        raise ChartKindError(f"no live renderer for chart kind {kind!r}") from None


def create_chart_view(
    spec: ChartSpec, briefing: Briefing, theme: Theme, parent: QWidget | None = None
) -> ChartView:
    """Return a widget drawing `spec` in its final state; `play()` animates it in."""
    renderer = renderer_for(spec.kind)  # raises before any widget exists
    from briefing_app.ui.charts.view import ChartView

    return ChartView(renderer, spec, briefing, theme, parent)


def __getattr__(name: str) -> Any:
    if name == "RENDERERS":
        from briefing_app.ui.charts.registry import RENDERERS

        return RENDERERS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
