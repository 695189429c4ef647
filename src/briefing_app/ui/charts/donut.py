"""DONUT: categories are slices of series[0]; the whole (`total`) sits in the middle."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QGraphicsItem

from briefing_app.model.chart import ChartKind
from briefing_app.model.chart_whole import donut_total_label, donut_whole
from briefing_app.model.colors import TRACK
from briefing_app.model.numbers import format_value
from briefing_app.ui.charts import style
from briefing_app.ui.charts.base import ChartRenderer, Mark
from briefing_app.ui.charts.items import ArcItem
from briefing_app.ui.charts.text import series_unit, value_label

OUTER = 1.0
INNER = 0.6
LABEL_RADIUS = 1.1
SLICE_GAP = 0.8  # degrees between slices


class DonutRenderer(ChartRenderer):
    """Slices sweep clockwise from 12 o'clock; each labelled outside with value and unit."""

    kind = ChartKind.DONUT

    def build(self) -> None:
        spec, series = self.spec, self.spec.series[0]
        self.plot.getViewBox().setAspectLocked(True)
        values = self.values(0)
        self.whole = donut_whole(spec) or 1.0
        self.unit = series_unit(spec, 0)
        self.track = ArcItem(INNER, OUTER, style.shade_colour(self.theme, TRACK))
        self.track.set_arc(0.0, 360.0)
        self.track.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # never changes
        self.plot.addItem(self.track, ignoreBounds=True)
        colours = style.series_colours(self.theme, series.color, len(values))
        self.arcs: list[ArcItem] = []
        self.slice_labels = []
        self.label_colours = [c.name() for c in colours]
        start = 0.0
        for i, (category, value) in enumerate(zip(spec.categories, values, strict=True)):
            arc = ArcItem(INNER, OUTER, colours[i], gap=SLICE_GAP if len(values) > 1 else 0.0)
            self.plot.addItem(arc, ignoreBounds=True)
            self.arcs.append(arc)
            self.marks.append(Mark(0, i, self.hover_for(category, 0, i), item=arc))
            span = value / self.whole * 360.0
            mid = math.radians(90.0 - (start + span / 2))
            start += span
            x, y = math.cos(mid), math.sin(mid)
            label = self.add_text(
                "",
                style.VALUE_PX,
                self.theme.text,
                ((1 - x) / 2, (1 + y) / 2),
                pos=(LABEL_RADIUS * x, LABEL_RADIUS * y),
            )
            self.slice_labels.append(label)
        self.centre = self.add_text("", style.CENTRE_PX, self.theme.text, (0.5, 0.5))
        self.set_range((-1.55, 1.55), (-1.45, 1.45))

    def set_progress(self, t: float) -> None:
        self.progress = t
        series = self.spec.series[0]
        start = 0.0
        for i, (arc, value) in enumerate(zip(self.arcs, self.values(0), strict=True)):
            span = value / self.whole * 360.0 * t
            arc.set_arc(start, span)
            start += span
            shown = value_label(value * t, series.point_format(i), self.unit)
            self.set_html(self.slice_labels[i], self._slice_html(i, shown))
        self.set_html(
            self.centre, self._centre_html(format_value(self.whole * t, self.spec.total_format()))
        )

    def _slice_html(self, i: int, shown: str) -> str:
        cat_px = round(style.CATEGORY_PX * self.scale)
        val_px = round(style.VALUE_PX * self.scale)
        return (
            f"<div style='text-align:center;line-height:120%'>"
            f"<span style='font-size:{cat_px}px;color:{self.theme.text}'>"
            f"{self.spec.categories[i]}</span><br>"
            f"<b style='font-size:{val_px}px;color:{self.label_colours[i]}'>{shown}</b></div>"
        )

    def _centre_html(self, total: str) -> str:
        big = round(style.CENTRE_PX * self.scale)
        small = round(style.CENTRE_LABEL_PX * self.scale)
        label = donut_total_label(self.spec)
        unit = f"<b style='font-size:{round(big * 0.45)}px'>{self.unit}</b>" if self.unit else ""
        return (
            f"<div style='text-align:center'><b style='font-size:{big}px'>{total}</b>{unit}<br>"
            f"<span style='font-size:{small}px;color:{self.theme.muted}'>{label}</span></div>"
        )

    def drawn_values(self) -> dict[str, list[float]]:
        return {self.spec.series[0].name: [a.span / 360.0 * self.whole for a in self.arcs]}
