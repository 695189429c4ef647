"""The registry of live renderers: exactly one per ChartKind (checked by the tests)."""

from __future__ import annotations

from briefing_app.model.chart import ChartKind
from briefing_app.ui.charts.bar import BarRenderer
from briefing_app.ui.charts.base import ChartRenderer
from briefing_app.ui.charts.donut import DonutRenderer
from briefing_app.ui.charts.grouped_bar import GroupedBarRenderer
from briefing_app.ui.charts.line_target import LineTargetRenderer
from briefing_app.ui.charts.progress_ring import ProgressRingRenderer
from briefing_app.ui.charts.rank_marker import RankMarkerRenderer
from briefing_app.ui.charts.scale_bars import ScaleBarsRenderer

RENDERERS: dict[ChartKind, type[ChartRenderer]] = {
    r.kind: r
    for r in (
        BarRenderer,
        GroupedBarRenderer,
        DonutRenderer,
        ProgressRingRenderer,
        RankMarkerRenderer,
        ScaleBarsRenderer,
        LineTargetRenderer,
    )
}
