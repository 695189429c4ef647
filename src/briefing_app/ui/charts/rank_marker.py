"""RANK_MARKER: a 1..total scale (230 zones) with a marker per category at its rank."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from briefing_app.model.chart import ChartKind
from briefing_app.model.chart_whole import rank_field, rank_field_caption
from briefing_app.model.colors import TRACK
from briefing_app.ui.charts import style
from briefing_app.ui.charts.bars import make_bar
from briefing_app.ui.charts.base import ChartRenderer, Mark
from briefing_app.ui.charts.text import (
    indicator_of,
    series_unit,
    total_unit,
    value_label,
)

TRACK_HALF = 0.18  # half the track's height in view units
MARKER_Y = 0.62


class RankMarkerRenderer(ChartRenderer):
    """Rank 1 on the left; markers slide in from the back of the field to their rank."""

    kind = ChartKind.RANK_MARKER

    def build(self) -> None:
        spec, series = self.spec, self.spec.series[0]
        self.total = rank_field(spec)
        self.unit = series_unit(spec, 0)
        self.track = make_bar(self, style.shade_colour(self.theme, TRACK))
        self.track.setRect(1.0, -TRACK_HALF, self.total - 1.0, 2 * TRACK_HALF)
        self.zone = make_bar(self, style.faded(style.colour(self.theme, series.color), 150))
        self.colours = style.series_colours(self.theme, series.color, len(spec.categories))
        # Pixel-sized triangles that only move per frame (a ScatterPlotItem rebuilds its
        # point data on every setData, several times the cost).
        self.markers = []
        for color in self.colours:
            marker = QGraphicsPathItem()
            marker.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            marker.setBrush(QBrush(color))
            marker.setZValue(10)
            self.plot.addItem(marker, ignoreBounds=True)
            self.markers.append(marker)
        self.xs = [self.total] * len(spec.categories)
        self.labels = []
        for i, category in enumerate(spec.categories):
            self.marks.append(
                Mark(
                    0,
                    i,
                    self.hover_for(category, 0, i),
                    point=partial(self._marker_at, i),
                    radius=style.MARKER_PX * 1.4,
                )
            )
            self.labels.append(self.add_text("", style.VALUE_PX, self.theme.text, (0.5, 1.0)))
        whole = value_label(self.total, "0", total_unit(spec))
        caption = rank_field_caption(spec, whole)
        self.add_text(
            caption,
            style.CATEGORY_PX,
            self.theme.muted,
            (1.0, 0.0),
            pos=(self.total, -TRACK_HALF - 0.9),
        )
        ticks = [1.0, *self._steps(), self.total]
        self.category_axis("bottom", tuple(f"{t:g}" for t in ticks), ticks)
        self.plot.getAxis("bottom").setZValue(-1)
        pad = self.total * 0.05
        self.set_range((1.0 - pad, self.total + pad), (-1.6, 2.6))

    def _marker_at(self, i: int) -> QPointF:
        return QPointF(self.xs[i], MARKER_Y)

    def on_scale(self, scale: float) -> None:
        half = style.MARKER_PX * 1.3 * scale
        path = QPainterPath()  # tip down, centred on the marker's position
        path.moveTo(-half, -half * 0.9)
        path.lineTo(half, -half * 0.9)
        path.lineTo(0.0, half * 0.9)
        path.closeSubpath()
        pen = self.pen(self.theme.surface, 2)
        for marker in self.markers:
            marker.setPath(path)
            marker.setPen(pen)

    def _steps(self) -> list[float]:
        step = next(
            s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if self.total / s <= 6
        )
        return [float(v) for v in range(step, int(self.total - step * 0.4), step)]

    def set_progress(self, t: float) -> None:
        self.progress = t
        ranks = self.values(0)
        for i, rank in enumerate(ranks):
            self.xs[i] = self.total + (rank - self.total) * t
        for marker, x in zip(self.markers, self.xs, strict=True):
            marker.setPos(x, MARKER_Y)
        best = min(self.xs, default=1.0)
        self.zone.setRect(1.0, -TRACK_HALF, max(0.0, best - 1.0), 2 * TRACK_HALF)
        series = self.spec.series[0]
        for i, label in enumerate(self.labels):
            fmt = series.point_format(i)
            # Alternate heights so neighbouring markers' labels do not collide.
            y = MARKER_Y + 0.5 + (0.9 if i % 2 else 0.0)
            label.setPos(float(self.xs[i]), y)
            self.set_html(label, self._label_html(i, self._rank_text(i, self.xs[i], fmt)))

    def _rank_text(self, i: int, shown: float, fmt: str) -> str:
        ind = indicator_of(self.spec, 0, i)
        if ind is not None and ind.label and self.progress >= 1.0:
            return ind.label
        if self.unit:
            return value_label(shown, fmt, self.unit)
        return f"第{value_label(shown, fmt, '')}位"

    def _label_html(self, i: int, rank: str) -> str:
        cat_px = round(style.CATEGORY_PX * self.scale)
        val_px = round(style.VALUE_PX * self.scale)
        return (
            f"<div style='text-align:center'>"
            f"<span style='font-size:{cat_px}px'>{self.spec.categories[i]}</span><br>"
            f"<b style='font-size:{val_px}px;color:{self.colours[i].name()}'>{rank}</b>"
            f"</div>"
        )

    def drawn_values(self) -> dict[str, list[float]]:
        return {self.spec.series[0].name: [m.pos().x() for m in self.markers]}
